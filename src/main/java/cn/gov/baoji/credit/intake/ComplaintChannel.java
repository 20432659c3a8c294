package cn.gov.baoji.credit.intake;

/** Where a complaint came from (mechanism 5 of the plan lists who may report). */
public enum ComplaintChannel {
    PUBLIC, ASSOCIATION, BIG_DATA_COMPANY, FINANCIAL_INSTITUTION, NEWS_MEDIA, SOCIAL_ORGANIZATION, ALLIANCE_MEMBER,
    DEPARTMENT
}

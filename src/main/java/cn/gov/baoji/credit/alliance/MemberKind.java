package cn.gov.baoji.credit.alliance;

/** Who may join the alliance (the plan names these four). */
enum MemberKind {
    ECOMMERCE_PLATFORM, INTERNET_COMPANY, LOGISTICS, ONLINE_BUSINESS
}

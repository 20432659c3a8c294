package cn.gov.baoji.credit.designation;

/** The lists of the plan, and the decision not to list. */
public enum ListType {
    CHAOXIN_BLACKLIST, ECOMMERCE_BLACKLIST, KEY_ATTENTION, NOT_LISTED
}

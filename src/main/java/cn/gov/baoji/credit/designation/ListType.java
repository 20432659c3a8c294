package cn.gov.baoji.credit.designation;

/** The lists of the plan, and the decision not to list. */
public enum ListType {
    CHAOXIN_BLACKLIST("炒信黑名单"),
    ECOMMERCE_BLACKLIST("电子商务领域黑名单"),
    KEY_ATTENTION("重点关注名单"),
    NOT_LISTED("不予列入");

    private final String chineseName;

    ListType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean listed() {
        return this != NOT_LISTED;
    }
}

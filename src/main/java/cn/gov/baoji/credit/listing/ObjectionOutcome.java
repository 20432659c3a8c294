package cn.gov.baoji.credit.listing;

/** What the county decides on an objection against a listing. */
public enum ObjectionOutcome {
    /** The listing stands as it was. */
    UPHELD("维持原认定"),
    /** The entry is corrected and stays listed. */
    CORRECTED("更正名单信息"),
    /** The subject is taken off the list. */
    REMOVED("移出名单");

    private final String chinese;

    ObjectionOutcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}

package cn.gov.baoji.credit.intake;

/** The kind of dishonesty complained of; the first three are chaoxin (credit speculation). */
public enum ComplaintCategory {
    FAKE_TRANSACTIONS("虚假交易（刷单）"),
    FAKE_REVIEWS("虚假评价"),
    CHAOXIN_PLATFORM("炒信平台"),
    COUNTERFEIT("假冒伪劣"),
    FRAUD("欺诈"),
    FALSE_ADVERTISING("虚假宣传"),
    OTHER("其他");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    /** The Chinese name, as Tasklist and the public portal show it. */
    public String label() {
        return label;
    }
}

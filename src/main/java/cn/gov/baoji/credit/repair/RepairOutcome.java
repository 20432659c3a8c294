package cn.gov.baoji.credit.repair;

/** The county's decision on a credit repair application. */
public enum RepairOutcome {
    /** Taken off the list early. */
    REPAIRED("准予信用修复，已提前移出名单"),
    /** Refused, with reasons. */
    REFUSED("不予信用修复");

    private final String chinese;

    RepairOutcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}

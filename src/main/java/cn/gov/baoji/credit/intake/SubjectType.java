package cn.gov.baoji.credit.intake;

/** Who the complaint is about. Natural persons' names and ID numbers are personal data. */
public enum SubjectType {
    ENTERPRISE("企业"),
    INDIVIDUAL_BUSINESS("个体工商户"),
    NATURAL_PERSON("自然人"),
    PLATFORM("电子商务平台");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    /** The Chinese name, as Tasklist and the public portal show it. */
    public String label() {
        return label;
    }
}

package cn.gov.baoji.credit.reference;

/** A county-level division of Baoji; each has its own working group. */
public record County(String code, String nameZh, String nameEn) {

    /** The Camunda group of the county's working group. */
    public String groupId() {
        return "county-" + code;
    }
}

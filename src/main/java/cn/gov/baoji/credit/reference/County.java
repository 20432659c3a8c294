package cn.gov.baoji.credit.reference;

/**
 * A county-level division of Baoji (GB/T 2260 code, e.g. {@code 610302} 渭滨区). Each has its own working group,
 * which designates the subjects registered there.
 */
public record County(String code, String nameZh, String nameEn) {

    /** The Camunda group of the county's working group, e.g. {@code county-610302}. */
    public String groupId() {
        return "county-" + code;
    }
}

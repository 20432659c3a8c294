package cn.gov.baoji.credit.registry;

/** How many entries of a list type a county decided in a period. */
public record ListingCount(String listType, String countyCode, long count) {
}

package cn.gov.baoji.credit.registry;

/** What a review of an objection may correct in an entry; a null field stays as it is. */
public record EntryCorrection(String listType, String basis, String legalRepresentative) {
}

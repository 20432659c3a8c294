package cn.gov.baoji.credit.publication;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of {@code listPublication}. */
public final class PublicationVariables {

    public static final ProcessVariable<Long> BATCH_ID = new ProcessVariable<>("batchId", Long.class);
    public static final ProcessVariable<Long> ITEM_COUNT = new ProcessVariable<>("itemCount", Long.class);
    /** Read-only text of the batch for the approver: one line per entry with its short id. */
    public static final ProcessVariable<String> BATCH_SUMMARY = string("batchSummary");
    /** {@link PublicationDecision}. */
    public static final ProcessVariable<String> PUBLICATION_DECISION = string("publicationDecision");
    /** One line per entry held back: its short id (first 8 characters), a colon, the reason. */
    public static final ProcessVariable<String> HELD_BACK_ENTRIES = string("heldBackEntries");
    public static final ProcessVariable<String> EXPOSURE_OUTLET = string("exposureOutlet");
    /** yyyy-MM-dd. */
    public static final ProcessVariable<String> EXPOSURE_DATE = string("exposureDate");
    public static final ProcessVariable<String> EXPOSURE_LINK = string("exposureLink");

    private PublicationVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}

package cn.gov.baoji.credit.listing;

/** Message and process names of the due-process part, as the models spell them. */
final class ListingMessages {

    /** The subject's statement, correlated to the waiting {@code dishonestyCase} by its business key. */
    static final String STATEMENT_RECEIVED = "statementReceived";
    /** The process that reviews an objection against a listing. */
    static final String OBJECTION_PROCESS = "listingObjection";

    private ListingMessages() {
    }
}

package cn.gov.baoji.credit.listing;

import java.util.Date;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of the due-process part of {@code dishonestyCase} and of {@code listingObjection}. */
public final class ListingVariables {

    // prior notice and statement
    public static final ProcessVariable<Date> STATEMENT_DUE_AT = date("statementDueAt");
    public static final ProcessVariable<String> STATEMENT_TEXT = string("statementText");
    public static final ProcessVariable<String> STATEMENT_RECEIVED_ON = string("statementReceivedOn");
    /** {@link StatementOutcome}. */
    public static final ProcessVariable<String> STATEMENT_OUTCOME = string("statementOutcome");
    public static final ProcessVariable<String> REVISED_LIST_TYPE = string("revisedListType");
    public static final ProcessVariable<String> STATEMENT_REVIEW_REASONS = string("statementReviewReasons");

    // the listing
    public static final ProcessVariable<String> LIST_ENTRY_ID = string("listEntryId");
    public static final ProcessVariable<String> VALID_UNTIL = string("validUntil");
    public static final ProcessVariable<String> REPAIR_ELIGIBLE_FROM = string("repairEligibleFrom");
    /** Which text a subject-notice step sends: a {@code NotificationTemplate} name, set as an input parameter. */
    public static final ProcessVariable<String> SUBJECT_NOTICE = string("subjectNotice");

    // listingObjection
    public static final ProcessVariable<String> OBJECTION_TEXT = string("objectionText");
    public static final ProcessVariable<Date> OBJECTION_DUE_AT = date("objectionDueAt");
    /** {@link ObjectionOutcome}. */
    public static final ProcessVariable<String> OBJECTION_OUTCOME = string("objectionOutcome");
    public static final ProcessVariable<String> OBJECTION_REASONS = string("objectionReasons");
    public static final ProcessVariable<String> CORRECTED_LIST_TYPE = string("correctedListType");
    public static final ProcessVariable<String> CORRECTED_BASIS = string("correctedBasis");

    private ListingVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    private static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class);
    }
}

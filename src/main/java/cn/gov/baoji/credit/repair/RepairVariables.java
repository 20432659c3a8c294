package cn.gov.baoji.credit.repair;

import java.util.Date;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of process {@code creditRepair} and of form {@code reviewCreditRepair}. */
public final class RepairVariables {

    public static final ProcessVariable<String> REPAIR_APPLICATION_ID = string("repairApplicationId");
    public static final ProcessVariable<String> LIST_ENTRY_ID = string("listEntryId");
    /** The group that decides: the designating county, or the credit office for an imported entry. */
    public static final ProcessVariable<String> REVIEWING_GROUP = string("reviewingGroup");
    /** Shown read-only in the form. */
    public static final ProcessVariable<String> SUBJECT_NAME = string("subjectName");
    public static final ProcessVariable<String> LIST_NAME = string("listName");
    public static final ProcessVariable<String> LISTED_ON = string("listedOn");
    public static final ProcessVariable<String> REPAIR_ELIGIBLE_FROM = string("repairEligibleFrom");
    public static final ProcessVariable<String> LISTING_BASIS = string("listingBasis");
    public static final ProcessVariable<String> COMMITMENT = string("commitment");
    public static final ProcessVariable<String> PENALTIES_FULFILLED = string("penaltiesFulfilled");
    public static final ProcessVariable<String> TRAINING_STATEMENT = string("trainingStatement");
    public static final ProcessVariable<String> MEASURES_SUMMARY = string("measuresSummary");
    public static final ProcessVariable<String> EVIDENCE_SUMMARY = string("evidenceSummary");
    public static final ProcessVariable<Date> REPAIR_DUE_AT = new ProcessVariable<>("repairDueAt", Date.class);
    /** The decision: {@link RepairOutcome}. */
    public static final ProcessVariable<String> REPAIR_OUTCOME = string("repairOutcome");
    public static final ProcessVariable<String> REPAIR_REASONS = string("repairReasons");

    private RepairVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}

package cn.gov.baoji.credit.casefile;

import cn.gov.baoji.credit.engine.ProcessVariable;

/**
 * The variables every {@code dishonestyCase} instance carries from its start: references and non-personal
 * facts only (a natural person's name is masked); the case file and intake tables hold the rest.
 */
public final class CaseVariables {

    public static final ProcessVariable<String> CASE_NUMBER = string("caseNumber");
    public static final ProcessVariable<String> CHANNEL = string("channel");
    public static final ProcessVariable<String> CATEGORY = string("category");
    public static final ProcessVariable<String> SUBJECT_TYPE = string("subjectType");
    public static final ProcessVariable<String> SUBJECT_NAME = string("subjectName");
    public static final ProcessVariable<String> SUBJECT_CREDIT_CODE = string("subjectCreditCode");
    public static final ProcessVariable<String> SUBJECT_DISTRICT_CODE = string("subjectDistrictCode");
    public static final ProcessVariable<String> COMPLAINT_SUMMARY = string("complaintSummary");
    /** The county-level division whose working group handles the case; set by routing, confirmed at triage. */
    public static final ProcessVariable<String> COUNTY_CODE = string("countyCode");
    /** Whether the subject is registered in Baoji; outside cases are transferred without triage. */
    public static final ProcessVariable<Boolean> IN_JURISDICTION = new ProcessVariable<>("inJurisdiction",
            Boolean.class);

    private CaseVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}

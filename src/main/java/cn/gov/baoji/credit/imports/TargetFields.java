package cn.gov.baoji.credit.imports;

import java.util.List;

/** The field names of a target row, the same in JSON, CSV and the national platform's feed. */
final class TargetFields {

    static final String ORIGIN_ENTRY_ID = "originEntryId";
    static final String SOURCE = "source";
    static final String LIST_TYPE = "listType";
    static final String SUBJECT_TYPE = "subjectType";
    static final String NAME = "name";
    static final String CREDIT_CODE = "creditCode";
    static final String ID_NUMBER = "idNumber";
    static final String LEGAL_REPRESENTATIVE = "legalRepresentative";
    static final String DESIGNATING_AUTHORITY = "designatingAuthority";
    static final String BASIS = "basis";
    static final String DECISION_DATE = "decisionDate";
    static final String VALID_UNTIL = "validUntil";
    static final String WITHDRAWN = "withdrawn";
    static final String WITHDRAWAL_REASON = "withdrawalReason";
    /** The "field" of a rejection that concerns the whole row. */
    static final String ROW = "row";

    static final List<String> ALL = List.of(ORIGIN_ENTRY_ID, SOURCE, LIST_TYPE, SUBJECT_TYPE, NAME, CREDIT_CODE,
            ID_NUMBER, LEGAL_REPRESENTATIVE, DESIGNATING_AUTHORITY, BASIS, DECISION_DATE, VALID_UNTIL, WITHDRAWN,
            WITHDRAWAL_REASON);

    private TargetFields() {
    }
}

package cn.gov.baoji.credit.imports;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.nationalplatform.DesignatedTarget;

/** A page of the national platform's targets as import rows, so that they pass the same checks as an upload. */
final class DesignatedTargetRows implements TargetReader {

    private final Iterator<DesignatedTarget> targets;
    private long number;

    DesignatedTargetRows(List<DesignatedTarget> targets, long rowsBefore) {
        this.targets = targets.iterator();
        this.number = rowsBefore;
    }

    @Override
    public TargetRow next() {
        if (!targets.hasNext()) {
            return null;
        }
        DesignatedTarget t = targets.next();
        Map<String, String> fields = new HashMap<>();
        fields.put(TargetFields.ORIGIN_ENTRY_ID, t.originEntryId());
        fields.put(TargetFields.SOURCE, t.source());
        fields.put(TargetFields.LIST_TYPE, t.listType());
        fields.put(TargetFields.SUBJECT_TYPE, t.subjectType());
        fields.put(TargetFields.NAME, t.name());
        fields.put(TargetFields.CREDIT_CODE, t.creditCode());
        fields.put(TargetFields.ID_NUMBER, t.idNumber());
        fields.put(TargetFields.LEGAL_REPRESENTATIVE, t.legalRepresentative());
        fields.put(TargetFields.DESIGNATING_AUTHORITY, t.designatingAuthority());
        fields.put(TargetFields.BASIS, t.basis());
        fields.put(TargetFields.DECISION_DATE, t.decisionDate());
        fields.put(TargetFields.VALID_UNTIL, t.validUntil());
        fields.put(TargetFields.WITHDRAWN, String.valueOf(t.withdrawn()));
        fields.put(TargetFields.WITHDRAWAL_REASON, t.withdrawalReason());
        return new TargetRow(++number, fields, List.of());
    }
}

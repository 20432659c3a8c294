package cn.gov.baoji.credit.adapters.listsharing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.gov.baoji.credit.shared.ResidentIdNumber;

/**
 * What a destination is told of an entry. Agencies are entitled to the full ID number; {@link #toString()}
 * and {@link #maskedRequest()} (what the outbound call log keeps) mask it.
 */
public record ListEntryNotice(NoticeKind kind, String entryId, String caseNumber, String listType, String subjectType,
                              String subjectName, String creditCode, String idNumber, String legalRepresentative,
                              String designatingAuthority, String basis, LocalDate decisionDate, LocalDate validFrom,
                              LocalDate validUntil, String status, String reason) {

    public enum NoticeKind { LISTED, CHANGED, REMOVED }

    public ListEntryNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(listType, "listType");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(status, "status");
        if (creditCode == null && idNumber == null) {
            throw new IllegalArgumentException("A notice names the subject by credit code or ID number");
        }
    }

    public Map<String, Object> maskedRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", kind.name());
        request.put("entryId", entryId);
        request.put("listType", listType);
        request.put("status", status);
        if (creditCode != null) {
            request.put("creditCode", creditCode);
        }
        if (idNumber != null) {
            request.put("idNumber", ResidentIdNumber.mask(idNumber));
        }
        return request;
    }

    @Override
    public String toString() {
        return "ListEntryNotice" + maskedRequest();
    }
}

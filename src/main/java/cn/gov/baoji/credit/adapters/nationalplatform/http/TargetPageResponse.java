package cn.gov.baoji.credit.adapters.nationalplatform.http;

import java.util.List;

/** The platform's answer to {@code GET /targets} (agencies/national-platform.yaml). */
record TargetPageResponse(List<TargetResponse> targets, String nextCursor, Boolean more) {

    /** One target as the platform sends it. */
    record TargetResponse(String entryId, String source, String listType, String subjectType, String subjectName,
                          String creditCode, String idNumber, String legalRepresentative,
                          String designatingAuthority, String basis, String decisionDate, String validUntil,
                          String status, String withdrawalReason) {
    }
}

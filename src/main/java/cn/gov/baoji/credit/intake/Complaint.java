package cn.gov.baoji.credit.intake;

import java.time.LocalDate;

/**
 * A complaint that passed every rule, normalised: codes upper-cased, the subject's district derived when it
 * was not given. The reporter's contact data lives here and in {@code intake_complaint}, nowhere else.
 */
record Complaint(ComplaintChannel channel, String externalReference, String reporterName, String reporterPhone,
                 String reporterEmail, String reporterOrganization, SubjectType subjectType, String subjectName,
                 String subjectCreditCode, String subjectIdNumber, String subjectDistrictCode, String subjectPlatform,
                 String subjectStoreName, String subjectStoreUrl, ComplaintCategory category, String description,
                 LocalDate occurredFrom, LocalDate occurredTo) {

    /** The subject's name as it may travel in process variables: a natural person's name is masked. */
    String subjectNameForProcess() {
        if (subjectType != SubjectType.NATURAL_PERSON || subjectName.isEmpty()) {
            return subjectName;
        }
        int first = subjectName.offsetByCodePoints(0, 1);
        return subjectName.substring(0, first) + "*".repeat(Math.max(1, subjectName.codePointCount(first,
                subjectName.length())));
    }

    /** What triage needs to read in Tasklist, without the reporter. */
    String summary() {
        String text = description.length() > 500 ? description.substring(0, 500) + "…" : description;
        return "【" + category.label() + "】" + text;
    }
}

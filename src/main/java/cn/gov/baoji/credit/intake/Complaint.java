package cn.gov.baoji.credit.intake;

import java.time.LocalDate;

import cn.gov.baoji.credit.shared.PersonNames;

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
        return subjectType == SubjectType.NATURAL_PERSON ? PersonNames.mask(subjectName) : subjectName;
    }

    /** What triage needs to read in Tasklist, without the reporter. */
    String summary() {
        String text = description.length() > 500 ? description.substring(0, 500) + "…" : description;
        return "【" + category.label() + "】" + text;
    }
}

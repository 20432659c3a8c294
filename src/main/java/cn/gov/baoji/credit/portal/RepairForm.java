package cn.gov.baoji.credit.portal;

import cn.gov.baoji.credit.repair.RepairRequest;

/**
 * The repair page's form as posted. {@code trainingAttended} is "yes", "no" or empty (not answered).
 *
 * @param website the honeypot: hidden from people, filled by bots
 */
record RepairForm(String subjectIdentifier, String applicantName, String contactPhone, String contactEmail,
                  String commitment, String penaltiesFulfilled, String trainingAttended, String website) {

    static RepairForm empty() {
        return new RepairForm("", "", "", "", "", "", "", "");
    }

    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    RepairRequest toRequest() {
        Boolean training = "yes".equals(trainingAttended) ? Boolean.TRUE : "no".equals(trainingAttended) ? Boolean.FALSE
                : null;
        return new RepairRequest(strip(subjectIdentifier), strip(applicantName), blankToNull(contactPhone),
                blankToNull(contactEmail), strip(commitment), strip(penaltiesFulfilled), training);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package cn.gov.baoji.credit.alliance;

import java.time.LocalDate;

import cn.gov.baoji.credit.intake.SubjectType;

/**
 * A monitoring report that passed every rule, normalised (identifiers upper-cased, text stripped). The subject is
 * identified by {@link #subjectKey()}: the ID number of a natural person, the credit code of anyone else.
 */
record Report(String referenceId, String fingerprint, SubjectType subjectType, String subjectName,
              String creditCode, String idNumber, String platform, String shopUrl, Long orderCount,
              Long fakeReviewCount, Integer sharedAddresses, Integer linkedAccounts, String note,
              LocalDate periodFrom, LocalDate periodTo) {

    String subjectKey() {
        return subjectType == SubjectType.NATURAL_PERSON ? idNumber : creditCode;
    }

    /** The figures in one line, for the case timeline and the complaint text. */
    String indicatorSummary() {
        StringBuilder text = new StringBuilder();
        append(text, "订单/orders", orderCount);
        append(text, "虚假评价/fake reviews", fakeReviewCount);
        append(text, "共用地址/shared addresses", sharedAddresses);
        append(text, "关联账户/linked accounts", linkedAccounts);
        text.append(" (").append(periodFrom).append(" – ").append(periodTo).append(')');
        return text.toString().strip();
    }

    private static void append(StringBuilder text, String label, Number value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(label).append(' ').append(value);
        }
    }
}

package cn.gov.baoji.credit.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.intake.ComplaintCategory;
import cn.gov.baoji.credit.intake.ComplaintChannel;
import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.intake.SubmitComplaintRequest;

/**
 * The complaint form as the browser sent it, every value as typed, so that a refused form shows it again
 * unchanged. {@link #toRequest()} turns it into intake's request; the rules are intake's, not this class's.
 *
 * @param website       the honeypot: hidden from people, filled by bots
 * @param submissionKey a random key per rendered form, so a reload or a double click files the complaint once
 */
record ComplaintForm(String reporterName, String reporterPhone, String reporterEmail, String reporterOrganization,
                     String subjectType, String subjectName, String subjectCreditCode, String subjectIdNumber,
                     String subjectDistrictCode, String subjectPlatform, String subjectStoreName,
                     String subjectStoreUrl, String category, String description, String occurredFrom,
                     String occurredTo, String website, String submissionKey) {

    /** The district choice for a subject outside Baoji: no code, it is derived from the credit code or ID. */
    static final String OUTSIDE_BAOJI = "OTHER";
    private static final String KEY_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static ComplaintForm empty(String submissionKey) {
        return new ComplaintForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, submissionKey);
    }

    ComplaintForm withSubmissionKey(String key) {
        return new ComplaintForm(reporterName, reporterPhone, reporterEmail, reporterOrganization, subjectType,
                subjectName, subjectCreditCode, subjectIdNumber, subjectDistrictCode, subjectPlatform,
                subjectStoreName, subjectStoreUrl, category, description, occurredFrom, occurredTo, website, key);
    }

    boolean honeypotFilled() {
        return !blank(website);
    }

    /** The key to file with, or null when the form carried none (or something that is not one of ours). */
    String idempotencyKey() {
        return submissionKey != null && submissionKey.matches(KEY_FORMAT) ? submissionKey : null;
    }

    /** Dates that are not dates (browsers without a date picker let people type anything). */
    List<FieldProblem> dateProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!blank(occurredFrom) && date(occurredFrom) == null) {
            problems.add(new FieldProblem("occurredFrom", "date", "not a date"));
        }
        if (!blank(occurredTo) && date(occurredTo) == null) {
            problems.add(new FieldProblem("occurredTo", "date", "not a date"));
        }
        return problems;
    }

    /** Intake's request: channel PUBLIC, blanks as absent, unknown choices as missing (intake then says so). */
    SubmitComplaintRequest toRequest() {
        String district = OUTSIDE_BAOJI.equals(subjectDistrictCode) ? null : text(subjectDistrictCode);
        return new SubmitComplaintRequest(ComplaintChannel.PUBLIC, null,
                new SubmitComplaintRequest.Reporter(text(reporterName), text(reporterPhone), text(reporterEmail),
                        text(reporterOrganization)),
                new SubmitComplaintRequest.Subject(choice(SubjectType.values(), subjectType), text(subjectName),
                        text(subjectCreditCode), text(subjectIdNumber), district, text(subjectPlatform),
                        text(subjectStoreName), text(subjectStoreUrl)),
                choice(ComplaintCategory.values(), category), text(description), date(occurredFrom),
                date(occurredTo));
    }

    private static <E extends Enum<E>> E choice(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }

    private static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

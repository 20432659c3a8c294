package cn.gov.baoji.credit.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.shared.PageTotal;
import cn.gov.baoji.credit.shared.SubjectSearch;

/**
 * The query parameters of {@code GET /api/v1/cases} as they came, checked all at once so that one answer names
 * every wrong parameter. Dates are days in Baoji ({@code receivedTo} inclusive).
 */
record CaseSearchRequest(String status, String stage, String county, String channel, String listType, String subject,
                         String receivedFrom, String receivedTo, int page, int size, String sort) {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final int MAX_SUBJECT = 100;

    CaseQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<CaseStage> stages = stages(problems);
        String countyCode = blankToNull(county);
        if (countyCode != null && !COUNTY.matcher(countyCode).matches()) {
            problems.add(new FieldProblem("county", "format", "must be a six-digit county code, e.g. 610302"));
        }
        String channelCode = code("channel", channel, problems);
        String listTypeCode = code("listType", listType, problems);
        if (subject != null && subject.strip().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", "size", "must be at most " + MAX_SUBJECT + " characters"));
        }
        LocalDate from = day("receivedFrom", receivedFrom, problems);
        LocalDate to = day("receivedTo", receivedTo, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("receivedTo", "range", "must not be before receivedFrom"));
        }
        if (size < 1 || size > CaseQuery.MAX_SIZE) {
            problems.add(new FieldProblem("size", "range", "must be between 1 and " + CaseQuery.MAX_SIZE));
        } else if (page < 0 || (long) (page + 1) * size > PageTotal.CAP) {
            problems.add(new FieldProblem("page", "range", "must be between 0 and " + (PageTotal.CAP / size - 1)
                    + " at size " + size + ": only the first " + PageTotal.CAP + " cases of a search are paged;"
                    + " narrow the search instead"));
        }
        if (!sort.equals("receivedAt") && !sort.equals("-receivedAt")) {
            problems.add(new FieldProblem("sort", "enum", "must be receivedAt or -receivedAt"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new CaseQuery(stages, countyCode, channelCode, listTypeCode, SubjectSearch.of(subject),
                from == null ? null : from.atStartOfDay(CaseFile.BAOJI).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CaseFile.BAOJI).toInstant(),
                page, size, sort.equals("receivedAt"));
    }

    /** The stages asked for by {@code status} and {@code stage} together (both must hold). */
    private Set<CaseStage> stages(List<FieldProblem> problems) {
        Set<CaseStage> stages = EnumSet.allOf(CaseStage.class);
        String statusValue = blankToNull(status);
        if (statusValue != null) {
            switch (statusValue.toUpperCase(Locale.ROOT)) {
                case "OPEN" -> stages.removeIf(CaseStage::closed);
                case "CLOSED" -> stages.removeIf(s -> !s.closed());
                default -> problems.add(new FieldProblem("status", "enum", "must be OPEN or CLOSED"));
            }
        }
        String stageValue = blankToNull(stage);
        if (stageValue != null) {
            try {
                stages.retainAll(Set.of(CaseStage.valueOf(stageValue.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("stage", "enum", "must be one of " + List.of(CaseStage.values())));
            }
        }
        if (stages.isEmpty()) {
            problems.add(new FieldProblem("stage", "conflict", "stage " + stageValue.toUpperCase(Locale.ROOT)
                    + " is not a stage of status " + statusValue.toUpperCase(Locale.ROOT)));
        }
        return stages.size() == CaseStage.values().length ? Set.of() : stages;   // all stages: no filter
    }

    private static String code(String field, String value, List<FieldProblem> problems) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(field, "format", "must be a code of capital letters and underscores as"
                    + " recorded on the case, e.g. PUBLIC or KEY_ATTENTION"));
            return null;
        }
        return code;
    }

    private static LocalDate day(String field, String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "format", "must be a date like 2026-11-28"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

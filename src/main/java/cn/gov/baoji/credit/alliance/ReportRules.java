package cn.gov.baoji.credit.alliance;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.shared.CreditCode;
import cn.gov.baoji.credit.shared.InvalidIdentifierException;
import cn.gov.baoji.credit.shared.ResidentIdNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

/**
 * Every rule a single monitoring report must pass: the annotations of the request records, the check characters
 * of credit code (GB 32100) and ID number (GB 11643), the identifier the subject type needs, a period that makes
 * sense, at least one figure. All problems of a report are reported at once; one report never fails another.
 */
@Component
class ReportRules {

    private static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");
    private static final Map<Class<? extends Annotation>, String> CODES = Map.of(NotNull.class, "required",
            NotBlank.class, "required", Size.class, "size", Pattern.class, "format", Min.class, "range");

    private final Validator validator;
    private final Clock clock;
    private final ObjectMapper json;

    ReportRules(Validator validator, Clock clock, ObjectMapper json) {
        this.validator = validator;
        this.clock = clock;
        this.json = json;
    }

    /** The report, normalised, or the problems that reject it. */
    Checked check(SubmitReportsRequest.MonitoringReport item) {
        if (item == null) {
            return new Checked(null, List.of(new FieldProblem("", "required", "a report is required")));
        }
        List<FieldProblem> problems = new ArrayList<>(validator.validate(item).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), code(v), v.getMessage())).toList());
        var subject = item.subject();
        String creditCode = null;
        String idNumber = null;
        if (subject != null) {
            creditCode = identifier(subject.creditCode(), "subject.creditCode", problems,
                    r -> CreditCode.of(r).value());
            idNumber = identifier(subject.idNumber(), "subject.idNumber", problems,
                    r -> ResidentIdNumber.of(r).value());
            requireIdentifier(subject, problems);
        }
        checkIndicators(item.indicators(), problems);
        checkPeriod(item.periodFrom(), item.periodTo(), problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        var i = item.indicators();
        return new Checked(new Report(trim(item.referenceId()), fingerprint(item), subject.type(),
                subject.name().strip(), creditCode, idNumber, trim(subject.platform()), trim(subject.shopUrl()),
                i.orderCount(), i.fakeReviewCount(), i.sharedAddresses(), i.linkedAccounts(), trim(i.note()),
                item.periodFrom(), item.periodTo()), List.of());
    }

    private static void requireIdentifier(SubmitReportsRequest.ReportedSubject subject, List<FieldProblem> problems) {
        if (subject.type() == SubjectType.NATURAL_PERSON && blank(subject.idNumber())) {
            problems.add(new FieldProblem("subject.idNumber", "required", "is required for a natural person"));
        } else if (subject.type() != null && subject.type() != SubjectType.NATURAL_PERSON
                && blank(subject.creditCode())) {
            problems.add(new FieldProblem("subject.creditCode", "required",
                    "is required for an enterprise, an individual business or a platform"));
        }
    }

    private static void checkIndicators(SubmitReportsRequest.Indicators i, List<FieldProblem> problems) {
        if (i != null && i.orderCount() == null && i.fakeReviewCount() == null && i.sharedAddresses() == null
                && i.linkedAccounts() == null) {
            problems.add(new FieldProblem("indicators", "required",
                    "give at least one of orderCount, fakeReviewCount, sharedAddresses, linkedAccounts"));
        }
    }

    private void checkPeriod(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        LocalDate today = LocalDate.now(clock.withZone(BAOJI));
        if (to != null && to.isAfter(today)) {
            problems.add(new FieldProblem("periodTo", "future", "must not be in the future"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("periodTo", "order", "must not be before periodFrom"));
        }
    }

    private static String identifier(String raw, String field, List<FieldProblem> problems,
                                     Function<String, String> parse) {
        if (blank(raw)) {
            return null;
        }
        try {
            return parse.apply(raw.strip().toUpperCase(Locale.ROOT));
        } catch (InvalidIdentifierException e) {
            problems.add(new FieldProblem(field, "identifier", e.getMessage()));
            return null;
        }
    }

    private String fingerprint(SubmitReportsRequest.MonitoringReport item) {
        try {
            byte[] canonical = json.writeValueAsString(item).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A checked report always serialises", e);
        }
    }

    private static String code(ConstraintViolation<?> violation) {
        return CODES.getOrDefault(violation.getConstraintDescriptor().getAnnotation().annotationType(), "invalid");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    /** Either a report or the problems that reject it. */
    record Checked(Report report, List<FieldProblem> problems) {
    }
}

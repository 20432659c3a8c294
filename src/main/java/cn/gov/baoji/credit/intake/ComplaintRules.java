package cn.gov.baoji.credit.intake;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.shared.CreditCode;
import cn.gov.baoji.credit.shared.InvalidIdentifierException;
import cn.gov.baoji.credit.shared.ResidentIdNumber;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;

/**
 * Every rule a complaint must pass, whichever way it comes in (REST, the public portal, the Tasklist start form):
 * the annotations of {@link SubmitComplaintRequest}, then the rules across fields that annotations cannot say:
 * check characters of the credit code (GB 32100) and the ID number (GB 11643), where the subject's district
 * comes from, a contact to tell the reporter the outcome, a period that makes sense. Every problem is reported
 * at once.
 */
@Component
class ComplaintRules {

    private static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");
    private static final Map<Class<? extends Annotation>, String> CODES = Map.of(NotNull.class, "required",
            NotBlank.class, "required", Size.class, "size", Pattern.class, "format", Email.class, "format");

    private final Clock clock;
    private final Validator validator;

    ComplaintRules(Clock clock, Validator validator) {
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * The complaint, normalised: codes upper-cased, the district derived when it was not given.
     *
     * @throws InvalidRequestException listing every problem (codes required, size, format, identifier, future,
     *                                 order)
     */
    Complaint check(SubmitComplaintRequest request) {
        List<FieldProblem> problems = annotationProblems(request);
        if (request.reporter() != null && request.subject() != null) {
            ruleProblems(request, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var subject = request.subject();
        var reporter = request.reporter();
        String creditCode = blank(subject.creditCode()) ? null : CreditCode.of(upper(subject.creditCode())).value();
        String idNumber = blank(subject.idNumber()) ? null : ResidentIdNumber.of(upper(subject.idNumber())).value();
        return new Complaint(request.channel(), trim(request.externalReference()), reporter.name().strip(),
                trim(reporter.phone()), trim(reporter.email()), trim(reporter.organization()), subject.type(),
                subject.name().strip(), creditCode, idNumber,
                district(subject.districtCode(), subject.type(), creditCode, idNumber), trim(subject.platform()),
                trim(subject.storeName()), trim(subject.storeUrl()), request.category(),
                request.description().strip(), request.occurredFrom(), request.occurredTo());
    }

    /** Problems by the request's own annotations, fields named by their JSON path, sorted. */
    <T> List<FieldProblem> annotationProblems(T request) {
        return new ArrayList<>(validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), code(v), v.getMessage()))
                .toList());
    }

    private static String code(ConstraintViolation<?> violation) {
        return CODES.getOrDefault(violation.getConstraintDescriptor().getAnnotation().annotationType(), "invalid");
    }

    private void ruleProblems(SubmitComplaintRequest request, List<FieldProblem> problems) {
        var subject = request.subject();
        String creditCode = identifier(subject.creditCode(), "subject.creditCode", problems, CreditCode::of);
        String idNumber = identifier(subject.idNumber(), "subject.idNumber", problems,
                raw -> ResidentIdNumber.of(raw).value());
        if (subject.type() == SubjectType.ENTERPRISE && blank(subject.creditCode())) {
            problems.add(new FieldProblem("subject.creditCode", "required", "is required for an enterprise"));
        }
        String district = district(subject.districtCode(), subject.type(), creditCode, idNumber);
        if (district == null && problems.stream().noneMatch(p -> p.field().startsWith("subject."))) {
            problems.add(new FieldProblem("subject.districtCode", "required",
                    "is required when it cannot be derived from the credit code or ID number"));
        }
        if (blank(request.reporter().phone()) && blank(request.reporter().email())) {
            problems.add(new FieldProblem("reporter.phone", "required",
                    "give a phone number or an e-mail address so the reporter can be told the outcome"));
        }
        checkPeriod(request.occurredFrom(), request.occurredTo(), problems);
    }

    private static String district(String given, SubjectType type, String creditCode, String idNumber) {
        if (!blank(given)) {
            return given.strip();
        }
        if (type == SubjectType.NATURAL_PERSON) {
            return idNumber == null ? null : idNumber.substring(0, 6);
        }
        return creditCode == null ? null : CreditCode.of(creditCode).divisionCode();
    }

    private void checkPeriod(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        LocalDate today = LocalDate.now(clock.withZone(BAOJI));
        if (from != null && from.isAfter(today)) {
            problems.add(new FieldProblem("occurredFrom", "future", "must not be in the future"));
        }
        if (to != null && to.isAfter(today)) {
            problems.add(new FieldProblem("occurredTo", "future", "must not be in the future"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("occurredTo", "order", "must not be before occurredFrom"));
        }
    }

    private static String identifier(String raw, String field, List<FieldProblem> problems,
                                     Function<String, Object> parse) {
        if (blank(raw)) {
            return null;
        }
        try {
            return parse.apply(upper(raw)).toString();
        } catch (InvalidIdentifierException e) {
            problems.add(new FieldProblem(field, "identifier", e.getMessage()));
            return null;
        }
    }

    private static String upper(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}

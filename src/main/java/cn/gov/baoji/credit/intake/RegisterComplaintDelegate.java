package cn.gov.baoji.credit.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.ProcessVariable;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A complaint taken by phone or letter and entered through the Tasklist start form: the same rules as the
 * API, then the form's values move into {@code intake_complaint} and leave the process, which continues with
 * the same variables as a case submitted over the API. An invalid form starts nothing.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

    private final IntakeService intake;
    private final ComplaintRules rules;
    private final cn.gov.baoji.credit.casefile.CaseFile caseFile;

    RegisterComplaintDelegate(IntakeService intake, ComplaintRules rules,
                              cn.gov.baoji.credit.casefile.CaseFile caseFile) {
        this.intake = intake;
        this.rules = rules;
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = check(request(execution));
        String caseNumber = caseFile.nextCaseNumber().toString();
        intake.registerStartedCase(caseNumber, execution.getProcessInstanceId(), complaint, Actors.of(execution));
        execution.setProcessBusinessKey(caseNumber);
        execution.removeVariables(IntakeVariables.START_FORM);
        execution.setVariables(IntakeService.processVariables(caseNumber, complaint));
    }

    private Complaint check(SubmitComplaintRequest request) {
        try {
            return rules.check(request);
        } catch (InvalidRequestException e) {
            throw new TaskInputException("registerComplaint", e.problems().stream()
                    .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    private static SubmitComplaintRequest request(DelegateExecution execution) {
        return request(execution, TaskInputException.oneOf(ComplaintChannel.class, "channel",
                IntakeVariables.CHANNEL.from(execution)));
    }

    /** The complaint a start form (complaint or proposal) describes, with the fields the intake rules check. */
    static SubmitComplaintRequest request(DelegateExecution execution, ComplaintChannel channel) {
        return new SubmitComplaintRequest(
                channel,
                null,
                new SubmitComplaintRequest.Reporter(text(IntakeVariables.REPORTER_NAME, execution),
                        text(IntakeVariables.REPORTER_PHONE, execution), text(IntakeVariables.REPORTER_EMAIL, execution),
                        text(IntakeVariables.REPORTER_ORGANIZATION, execution)),
                new SubmitComplaintRequest.Subject(
                        TaskInputException.oneOf(SubjectType.class, "subjectType",
                                IntakeVariables.SUBJECT_TYPE.from(execution)),
                        text(IntakeVariables.SUBJECT_NAME, execution),
                        text(IntakeVariables.SUBJECT_CREDIT_CODE, execution),
                        text(IntakeVariables.SUBJECT_ID_NUMBER, execution),
                        districtCode(IntakeVariables.SUBJECT_DISTRICT_CODE.from(execution)),
                        text(IntakeVariables.SUBJECT_PLATFORM, execution),
                        text(IntakeVariables.SUBJECT_STORE_NAME, execution),
                        text(IntakeVariables.SUBJECT_STORE_URL, execution)),
                TaskInputException.oneOf(ComplaintCategory.class, "category", IntakeVariables.CATEGORY.from(execution)),
                text(IntakeVariables.DESCRIPTION, execution),
                date("occurredFrom", IntakeVariables.OCCURRED_FROM.from(execution)),
                date("occurredTo", IntakeVariables.OCCURRED_TO.from(execution)));
    }

    /** Forms submit an empty field as "", which means "not given" here. */
    private static String text(ProcessVariable<String> variable, DelegateExecution execution) {
        String value = variable.from(execution);
        return value == null || value.isBlank() ? null : value;
    }

    /** The form offers "OTHER" for a subject outside Baoji; without a code the rules derive it. */
    private static String districtCode(String value) {
        return value == null || value.isBlank() || value.equals("OTHER") ? null : value;
    }

    private static LocalDate date(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
        }
        try {
            String text = value.toString();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new TaskInputException(field, "must be a date like 2026-11-28");
        }
    }
}

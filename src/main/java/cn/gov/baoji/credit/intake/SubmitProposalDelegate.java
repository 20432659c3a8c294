package cn.gov.baoji.credit.intake;

import java.util.stream.Collectors;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The start form of {@code designationProposal} goes through the same {@link IntakeService#propose} as the API;
 * a refused proposal fails the form's submission with the problems, and nothing is opened. The form's fields are
 * removed afterwards: the case keeps them, not this process's history.
 */
@Component
class SubmitProposalDelegate implements JavaDelegate {

    private final IntakeService intake;

    SubmitProposalDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SubmitComplaintRequest complaint = RegisterComplaintDelegate.request(execution, ComplaintChannel.ASSOCIATION);
        Number count = number("fakeTransactionCount", IntakeVariables.FAKE_TRANSACTION_COUNT.from(execution));
        Number amount = number("amountInvolved", IntakeVariables.AMOUNT_INVOLVED.from(execution));
        DesignationProposalRequest proposal = new DesignationProposalRequest(null, complaint.reporter(),
                complaint.subject(), complaint.category(), complaint.description(), complaint.occurredFrom(),
                complaint.occurredTo(), IntakeVariables.PROPOSED_LIST_TYPE.from(execution),
                count == null ? null : count.longValue(), amount == null ? null : amount.doubleValue(),
                Boolean.TRUE.equals(IntakeVariables.REPEAT_OFFENCE.from(execution)),
                Boolean.TRUE.equals(IntakeVariables.ORGANIZED_PLATFORM.from(execution)));
        IntakeService.Submission submission;
        try {
            submission = intake.propose(proposal, Actors.of(execution), "tasklist:" + execution.getProcessInstanceId());
        } catch (InvalidRequestException e) {
            throw new TaskInputException("proposeDesignation", e.problems().stream()
                    .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        }
        execution.removeVariables(IntakeVariables.START_FORM);
        execution.removeVariables(java.util.List.of(IntakeVariables.PROPOSED_LIST_TYPE.name(),
                IntakeVariables.FAKE_TRANSACTION_COUNT.name(), IntakeVariables.AMOUNT_INVOLVED.name(),
                IntakeVariables.REPEAT_OFFENCE.name(), IntakeVariables.ORGANIZED_PLATFORM.name()));
        execution.setVariable("caseNumber", submission.caseSummary().caseNumber());
    }

    private static Number number(String field, Object value) {
        if (value == null || value instanceof Number) {
            return (Number) value;
        }
        try {
            return Double.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new TaskInputException(field, "must be a number");
        }
    }
}

package cn.gov.baoji.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code dishonestyCase}. Delegates and listeners are stand-ins that record their calls and
 * set the variables the real ones set; the real ones have their own tests.
 */
@Deployment(resources = {"processes/dishonesty-case.bpmn", "processes/joint-punishment.bpmn",
        "processes/designation-criteria.dmn"})
class DishonestyCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final String CASE = "BJDS-2026-000001";
    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    boolean registryDown;
    boolean entryInForce = true;

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(new Date());
        Mocks.register("caseDeadlines", new Deadlines());
        Mocks.register("registerComplaintDelegate", (JavaDelegate) execution -> {
            calls.add("register");
            execution.setProcessBusinessKey(CASE);
            execution.setVariable("caseNumber", CASE);
            execution.setVariable("subjectDistrictCode", execution.getVariable("subjectDistrictCode"));
        });
        Mocks.register("routeToCountyDelegate", (JavaDelegate) execution -> {
            calls.add("route");
            boolean inBaoji = String.valueOf(execution.getVariable("subjectDistrictCode")).startsWith("6103");
            execution.setVariable("inJurisdiction", inBaoji);
            execution.setVariable("countyCode", inBaoji ? "610302" : null);
            if (!inBaoji) {
                execution.setVariable("closingReason", "OUT_OF_JURISDICTION");
            }
        });
        Mocks.register("triageDecisionTaskListener", (TaskListener) task -> calls.add("triage"));
        Mocks.register("verifyRegistrationDelegate", (JavaDelegate) execution -> {
            if (registryDown) {
                throw new IllegalStateException("registry unavailable");
            }
            calls.add("verify");
            execution.setVariable("registrationStatus", "REGISTERED");
        });
        Mocks.register("scheduleInvestigationExecutionListener", (ExecutionListener) execution -> {
            Date now = ClockUtil.getCurrentTime();
            execution.setVariable("investigationDueAt", new Date(now.getTime() + 15 * DAY));
            execution.setVariable("investigationReminderAt", new Date(now.getTime() + 12 * DAY));
        });
        Mocks.register("investigationFindingsTaskListener", (TaskListener) task -> calls.add("findings"));
        Mocks.register("remindInvestigatorDelegate", (JavaDelegate) execution -> calls.add("remind"));
        Mocks.register("escalateInvestigationDelegate", (JavaDelegate) execution -> calls.add("escalate"));
        Mocks.register("designationDecisionTaskListener", (TaskListener) task -> calls.add("designation"));
        Mocks.register("notifyReporterDelegate", (JavaDelegate) execution ->
                calls.add("notify:" + execution.getVariable("closingReason")));
        Mocks.register("sendPriorNoticeDelegate", (JavaDelegate) execution -> {
            calls.add("priorNotice");
            execution.setVariable("statementDueAt", new Date(ClockUtil.getCurrentTime().getTime() + 7 * DAY));
        });
        Mocks.register("caseClock", new Clock());
        Mocks.register("reviewStatementTaskListener", (TaskListener) task -> calls.add("statementReview"));
        Mocks.register("listSubjectDelegate", (JavaDelegate) execution -> {
            calls.add("list:" + execution.getVariable("listType"));
            execution.setVariable("listEntryId", "entry-1");
        });
        Mocks.register("notifySubjectDelegate", (JavaDelegate) execution ->
                calls.add("serve:" + execution.getVariable("subjectNotice")));
        Mocks.register("jointPunishment", new Units());
        Mocks.register("shareListEntryDelegate", (JavaDelegate) execution ->
                calls.add("share:" + execution.getVariable("shareDestination")));
        Mocks.register("scheduleMeasuresReportListener", (ExecutionListener) execution -> {
            Date now = ClockUtil.getCurrentTime();
            execution.setVariableLocal("measuresDueAt", new Date(now.getTime() + 28 * DAY));
            execution.setVariableLocal("measuresReminderAt", new Date(now.getTime() + 25 * DAY));
        });
        Mocks.register("reportMeasuresTaskListener", (TaskListener) task ->
                calls.add("measures:" + task.getVariable("memberUnit")));
        Mocks.register("remindMemberUnitDelegate", (JavaDelegate) execution ->
                calls.add("remindUnit:" + execution.getVariable("memberUnit")));
        Mocks.register("escalateMeasuresDelegate", (JavaDelegate) execution ->
                calls.add("escalateUnit:" + execution.getVariable("memberUnit")));
        Mocks.register("listedEntries", new InForce());
        Mocks.register("acceptProposalDelegate", (JavaDelegate) execution -> calls.add("acceptProposal"));
        Mocks.register("closeMeasuresReportsDelegate", (JavaDelegate) execution ->
                calls.add("closeReports:" + execution.getVariable("changeReason")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void acceptedComplaintIsVerifiedInvestigatedAndDesignatedByTheCounty() {
        ProcessInstance pi = submitted("610302");
        assertThat(pi).isWaitingAt("triageComplaint").task().hasCandidateGroup("credit-office");
        complete(task(pi), withVariables("triageDecision", "ACCEPT", "countyCode", "610302"));

        assertThat(pi).isWaitingAt("ServiceTask_VerifyRegistration");
        execute(job(pi));
        assertThat(pi).isWaitingAt("investigateSubject").task().hasCandidateGroup("credit-investigator");
        complete(task(pi), withVariables("factsVerified", true, "fakeTransactionCount", 800L, "amountInvolved", 1200.0,
                "repeatOffence", false, "organizedPlatform", false, "findings", "800 fake orders"));

        assertThat(pi).isWaitingAt("designateSubject").task().hasCandidateGroup("county-610302");
        assertThat(pi).variables().containsEntry("recommendedListType", "CHAOXIN_BLACKLIST");
        complete(task(pi), withVariables("listType", "CHAOXIN_BLACKLIST"));

        assertThat(pi).isWaitingAt("ServiceTask_SendPriorNotice");
        assertThat(calls).containsExactly("route", "triage", "verify", "findings", "designation");
    }

    @Test
    void withoutAStatementTheSubjectIsListedAndEveryParticipatingUnitReportsItsMeasures() {
        ProcessInstance pi = designated("CHAOXIN_BLACKLIST");
        execute(job(pi));
        assertThat(pi).isWaitingAt("Gateway_AwaitStatement");
        Job window = job(pi);
        assertThat(window.getDuedate()).isEqualTo(runtimeService().getVariable(pi.getId(), "statementDueAt"));

        execute(window);
        assertThat(pi).hasPassed("ServiceTask_ListSubject").isWaitingAt("ServiceTask_ServeListingDecision");
        execute(job(pi));
        assertThat(pi).isWaitingAt("CallActivity_JointPunishment");
        ProcessInstance punishment = punishmentOf(pi);
        execute(job(punishment));   // the punishment starts in the background
        assertThat(punishment.getBusinessKey()).isEqualTo(CASE);
        assertThat(punishment).variables().containsEntry("listEntryId", "entry-1")
                .containsEntry("listType", "CHAOXIN_BLACKLIST");
        assertThat(punishment).isWaitingAt("ServiceTask_ShareWithProvincialPlatform", "ServiceTask_ShareWithMemberUnit");
        managementService().createJobQuery().processInstanceId(punishment.getId()).executable().list()
                .forEach(j -> execute(j));
        List<org.camunda.bpm.engine.task.Task> reports = taskService().createTaskQuery()
                .processInstanceId(punishment.getId()).taskDefinitionKey("reportMeasures").list();
        assertThat(reports).hasSize(2);
        assertThat(reports).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
        assertThat(taskService().createTaskQuery().processInstanceId(punishment.getId()).taskCandidateGroup("customs")
                .count()).isEqualTo(1);
        reports.forEach(t -> complete(t));
        assertThat(punishment).as("each report commits on its own; the join runs as a job").isNotEnded();
        managementService().createJobQuery().processInstanceId(punishment.getId()).list().forEach(j -> execute(j));

        assertThat(punishment).isEnded().hasPassed("EndEvent_MeasuresReported", "EndEvent_MeasuresAllReported");
        assertThat(pi).isEnded().hasPassed("EndEvent_SubjectListed");
        assertThat(calls).containsSubsequence("priorNotice", "pause", "resume", "list:CHAOXIN_BLACKLIST",
                "serve:LISTING_DECISION").contains("share:provincial-platform", "share:commerce", "share:customs",
                "measures:commerce", "measures:customs");
    }

    @Test
    void aStatementUpheldLeadsToTheListingAfterTheCountyReviewsIt() {
        ProcessInstance pi = awaitingStatement();
        runtimeService().createMessageCorrelation("statementReceived").processInstanceBusinessKey(CASE)
                .setVariable("statementText", "we dispute the count").correlate();
        assertThat(pi).isWaitingAt("reviewStatement").task().hasCandidateGroup("county-610302");
        complete(task(pi), withVariables("statementOutcome", "CHANGE_LIST_TYPE", "listType", "KEY_ATTENTION"));

        assertThat(pi).hasPassed("ServiceTask_ListSubject").isWaitingAt("ServiceTask_ServeListingDecision");
        assertThat(calls).containsSubsequence("pause", "resume", "statementReview", "list:KEY_ATTENTION");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .as("the window's timer is gone once the statement came").isZero();
    }

    @Test
    void aStatementThatPersuadesTheCountyDropsTheListing() {
        ProcessInstance pi = awaitingStatement();
        runtimeService().createMessageCorrelation("statementReceived").processInstanceBusinessKey(CASE).correlate();
        complete(task(pi), withVariables("statementOutcome", "DROP"));
        assertThat(pi).isWaitingAt("ServiceTask_NotifyListingDropped");
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_ListingDropped").hasNotPassed("ServiceTask_ListSubject");
        assertThat(calls).endsWith("statementReview", "serve:LISTING_DROPPED");
    }

    @Test
    void aDesignationNotToListEndsTheCase() {
        ProcessInstance pi = designated("NOT_LISTED");
        assertThat(pi).isEnded().hasPassed("EndEvent_NotListed").hasNotPassed("ServiceTask_SendPriorNotice");
    }

    @Test
    void aSlowMemberUnitIsRemindedThenEscalatedAndOthersAreNotHeldUp() {
        ProcessInstance pi = awaitingStatement();
        execute(job(pi));   // the statement window closes
        execute(job(pi));   // the listing decision is served
        ProcessInstance punishment = punishmentOf(pi);
        execute(job(punishment));   // the punishment starts in the background
        managementService().createJobQuery().processInstanceId(punishment.getId()).executable().list()
                .forEach(j -> execute(j));
        complete(taskService().createTaskQuery().processInstanceId(punishment.getId()).taskCandidateGroup("commerce")
                .singleResult());

        List<Job> timers = managementService().createJobQuery().processInstanceId(punishment.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        execute(timers.get(0));
        execute(job("ServiceTask_RemindMemberUnit", punishment));
        execute(timers.get(1));
        execute(job("ServiceTask_EscalateMeasures", punishment));
        assertThat(punishment).hasPassed("EndEvent_MemberUnitReminded", "EndEvent_MeasuresEscalated")
                .isWaitingAt("reportMeasures");
        assertThat(calls).contains("remindUnit:customs", "escalateUnit:customs").doesNotContain("remindUnit:commerce");

        complete(taskService().createTaskQuery().processInstanceId(punishment.getId()).taskCandidateGroup("customs")
                .singleResult());
        managementService().createJobQuery().processInstanceId(punishment.getId()).list().forEach(j -> execute(j));
        assertThat(punishment).isEnded();
        assertThat(pi).isEnded();
    }

    @Test
    void aListingThatEndsStopsThePunishmentAndClosesTheReportsStillOpen() {
        ProcessInstance pi = awaitingStatement();
        execute(job(pi));   // the statement window closes
        execute(job(pi));   // the listing decision is served
        ProcessInstance punishment = punishmentOf(pi);
        execute(job(punishment));   // the punishment starts in the background
        managementService().createJobQuery().processInstanceId(punishment.getId()).executable().list()
                .forEach(j -> execute(j));
        complete(taskService().createTaskQuery().processInstanceId(punishment.getId()).taskCandidateGroup("commerce")
                .singleResult());

        int ended = runtimeService().createMessageCorrelation("listEntryEnded")
                .processInstanceVariableEquals("listEntryId", "entry-1")
                .setVariable("changeReason", "信用修复 / repaired")
                .correlateAllWithResult().size();

        assertThat(ended).isEqualTo(1);
        assertThat(punishment).isEnded().hasPassed("ServiceTask_CloseMeasuresReports", "EndEvent_PunishmentEnded");
        assertThat(taskService().createTaskQuery().taskDefinitionKey("reportMeasures").count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(punishment.getId()).count())
                .as("no reminder or escalation is left to fire").isZero();
        assertThat(pi).isEnded().hasPassed("EndEvent_SubjectListed");
        assertThat(calls).contains("closeReports:信用修复 / repaired", "measures:commerce")
                .doesNotContain("measures:customs");
    }

    @Test
    void aListingThatEndedBeforeThePunishmentStartedSharesNothing() {
        ProcessInstance pi = awaitingStatement();
        execute(job(pi));   // the statement window closes
        execute(job(pi));   // the listing decision is served
        entryInForce = false;       // meanwhile the entry was removed
        execute(job(punishmentOf(pi)));

        assertThat(pi).isEnded().hasPassed("CallActivity_JointPunishment", "EndEvent_SubjectListed");
        assertThat(historyService().createHistoricActivityInstanceQuery().activityId("EndEvent_NoLongerListed")
                .count()).isEqualTo(1);
        assertThat(calls).noneMatch(call -> call.startsWith("share:"));
    }

    @Test
    void anAssociationsProposalSkipsTriageAndTheInvestigationAndReachesTheCountysDesignation() {
        ProcessInstance pi = proposed("610302");
        assertThat(pi).isWaitingAt("designateSubject").task().hasCandidateGroup("county-610302");
        assertThat(pi).hasPassed("ServiceTask_RouteProposal", "ServiceTask_AcceptProposal",
                "BusinessRuleTask_RecommendListType").hasNotPassed("triageComplaint", "investigateSubject");
        assertThat(pi).variables().containsEntry("recommendedListType", "CHAOXIN_BLACKLIST");
        assertThat(calls).containsExactly("route", "acceptProposal");
    }

    @Test
    void aProposalAboutASubjectOutsideBaojiIsTransferred() {
        ProcessInstance pi = proposed("610102");
        assertThat(pi).isWaitingAt("ServiceTask_NotifyReporter");
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedBeforeInvestigation").hasNotPassed("designateSubject");
        assertThat(calls).containsExactly("route", "notify:OUT_OF_JURISDICTION");
    }

    @Test
    void complaintTakenByStaffIsRegisteredBeforeTriage() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("dishonestyCase",
                Map.of("subjectDistrictCode", "610303", "reporterName", "张三"));
        assertThat(pi).hasPassed("ServiceTask_RegisterComplaint").isWaitingAt("triageComplaint");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE).count())
                .isEqualTo(1);
        assertThat(calls).containsExactly("register", "route");
    }

    @Test
    void subjectOutsideBaojiIsTransferredWithoutTriage() {
        ProcessInstance pi = submitted("610102");
        assertThat(pi).isWaitingAt("ServiceTask_NotifyReporter");
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedBeforeInvestigation").hasNotPassed("triageComplaint");
        assertThat(calls).containsExactly("route", "notify:OUT_OF_JURISDICTION");
    }

    @Test
    void rejectedComplaintNotifiesReporter() {
        ProcessInstance pi = submitted("610302");
        runtimeService().setVariable(pi.getId(), "closingReason", "REJECT");
        complete(task(pi), withVariables("triageDecision", "REJECT", "triageComment", "no evidence"));
        assertThat(pi).isWaitingAt("ServiceTask_NotifyReporter");
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_ClosedBeforeInvestigation")
                .hasNotPassed("ServiceTask_VerifyRegistration");
        assertThat(calls).containsExactly("route", "triage", "notify:REJECT");
    }

    @Test
    void slowInvestigationIsRemindedThenEscalatedAndStillCompletes() {
        ProcessInstance pi = acceptedAndVerified();
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(1).getDuedate().getTime() - timers.get(0).getDuedate().getTime()).isEqualTo(3 * DAY);

        execute(timers.get(0));
        execute(job("ServiceTask_RemindInvestigator", pi));
        execute(timers.get(1));
        execute(job("ServiceTask_EscalateInvestigation", pi));
        assertThat(pi).hasPassed("EndEvent_InvestigatorReminded", "EndEvent_InvestigationEscalated")
                .isWaitingAt("investigateSubject");

        complete(task(pi), withVariables("factsVerified", false, "fakeTransactionCount", 0L, "amountInvolved", 0.0,
                "repeatOffence", false, "organizedPlatform", false, "findings", "nothing found"));
        assertThat(pi).variables().containsEntry("recommendedListType", "NOT_LISTED");
        assertThat(calls).containsSubsequence("remind", "escalate", "findings");
    }

    @Test
    void unreachableRegistryEndsInAnIncidentThatAnOperatorCanRetry() {
        ProcessInstance pi = submitted("610302");
        complete(task(pi), withVariables("triageDecision", "ACCEPT", "countyCode", "610302"));
        registryDown = true;
        Job verification = job(pi);
        int attempts = 0;
        while (retriesOf(verification) > 0 && attempts < 10) {
            attempts++;
            try {
                managementService().executeJob(verification.getId());
            } catch (RuntimeException expected) {
                // the first attempt, then one retry per interval of PT10S,PT1M,PT5M,PT15M,PT1H
            }
        }
        assertThat(attempts).isEqualTo(6);
        assertThat(runtimeService().createIncidentQuery().count()).isEqualTo(1);

        registryDown = false;
        managementService().setJobRetries(verification.getId(), 1);
        execute(job(pi));
        assertThat(runtimeService().createIncidentQuery().count()).isZero();
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("investigateSubject");
    }

    private static int retriesOf(Job job) {
        return managementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }

    private ProcessInstance submitted(String district) {
        return runtimeService().createMessageCorrelation("complaintSubmitted")
                .processInstanceBusinessKey(CASE)
                .setVariable("caseNumber", CASE)
                .setVariable("category", "FAKE_TRANSACTIONS")
                .setVariable("subjectDistrictCode", district)
                .correlateStartMessage();
    }

    private ProcessInstance proposed(String district) {
        return runtimeService().createMessageCorrelation("designationProposed")
                .processInstanceBusinessKey(CASE)
                .setVariable("caseNumber", CASE)
                .setVariable("category", "FAKE_TRANSACTIONS")
                .setVariable("subjectDistrictCode", district)
                .setVariable("factsVerified", true)
                .setVariable("fakeTransactionCount", 800L)
                .setVariable("amountInvolved", 1200.0)
                .setVariable("repeatOffence", false)
                .setVariable("organizedPlatform", false)
                .setVariable("findings", "【市电子商务行业协会 提请认定】800 fake orders")
                .correlateStartMessage();
    }

    private ProcessInstance designated(String listType) {
        ProcessInstance pi = acceptedAndVerified();
        complete(task(pi), withVariables("factsVerified", true, "fakeTransactionCount", 800L, "amountInvolved", 1200.0,
                "repeatOffence", false, "organizedPlatform", false, "findings", "800 fake orders"));
        complete(task(pi), withVariables("listType", listType));
        return pi;
    }

    private ProcessInstance awaitingStatement() {
        ProcessInstance pi = designated("CHAOXIN_BLACKLIST");
        execute(job(pi));
        return pi;
    }

    private ProcessInstance acceptedAndVerified() {
        ProcessInstance pi = submitted("610302");
        complete(task(pi), withVariables("triageDecision", "ACCEPT", "countyCode", "610302"));
        execute(job(pi));
        return pi;
    }

    private static ProcessInstance punishmentOf(ProcessInstance caseInstance) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caseInstance.getId())
                .singleResult();
    }

    /** Stand-in for {@code listedEntries}. */
    public class InForce {
        public boolean inForce(String entryId) {
            return entryInForce;
        }
    }

    /** Stand-in for {@code caseClock}. */
    public class Clock {
        public void pause(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            calls.add("pause");
        }

        public void resume(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            calls.add("resume");
        }
    }

    /** Stand-in for {@code jointPunishment}: two units take part. */
    public static class Units {
        public List<String> units(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return List.of("commerce", "customs");
        }
    }

    /** Stand-in for the {@code caseDeadlines} bean: fixed lengths from the engine clock. */
    public static class Deadlines {
        public Date due(String stage) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 10 * DAY);
        }
    }
}

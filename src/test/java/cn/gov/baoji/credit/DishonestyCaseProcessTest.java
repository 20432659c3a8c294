package cn.gov.baoji.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
@Deployment(resources = {"processes/dishonesty-case.bpmn", "processes/designation-criteria.dmn"})
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

        assertThat(pi).isEnded().hasPassed("EndEvent_SubjectDesignated");
        assertThat(calls).containsExactly("route", "triage", "verify", "findings", "designation");
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

    private ProcessInstance acceptedAndVerified() {
        ProcessInstance pi = submitted("610302");
        complete(task(pi), withVariables("triageDecision", "ACCEPT", "countyCode", "610302"));
        execute(job(pi));
        return pi;
    }

    /** Stand-in for the {@code caseDeadlines} bean: fixed lengths from the engine clock. */
    public static class Deadlines {
        public Date due(String stage) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 10 * DAY);
        }
    }
}

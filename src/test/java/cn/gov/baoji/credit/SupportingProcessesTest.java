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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the processes around a listing: {@code listingObjection}, {@code nationalFeedback},
 * {@code punishmentStatistics}, {@code listChangeNotice}, {@code creditRepair} and
 * {@code designationProposal}. Delegates are stand-ins; the real ones are tested on embedded PostgreSQL.
 */
@Deployment(resources = {"processes/listing-objection.bpmn", "processes/national-feedback.bpmn",
        "processes/punishment-statistics.bpmn", "processes/list-change-notice.bpmn", "processes/credit-repair.bpmn",
        "processes/designation-proposal.bpmn"})
class SupportingProcessesTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final String CASE = "BJDS-2026-000002";
    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    boolean platformDown;

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(new Date());
        Mocks.register("scheduleObjectionReviewListener", (ExecutionListener) execution ->
                execution.setVariable("objectionDueAt", new Date(ClockUtil.getCurrentTime().getTime() + 14 * DAY)));
        Mocks.register("reviewObjectionTaskListener", (TaskListener) task ->
                calls.add("objection:" + task.getVariable("objectionOutcome")));
        Mocks.register("escalateObjectionDelegate", (JavaDelegate) execution -> calls.add("escalate"));
        Mocks.register("notifySubjectDelegate", (JavaDelegate) execution ->
                calls.add("serve:" + execution.getVariable("subjectNotice")));
        Mocks.register("nationalFeedbackRetries", new Retries());
        Mocks.register("deliverNationalFeedbackDelegate", (JavaDelegate) execution -> {
            if (platformDown) {
                throw new IllegalStateException("503 from the national platform");
            }
            calls.add("deliver:" + execution.getVariable("outboxId"));
        });
        Mocks.register("shareListEntryDelegate", (JavaDelegate) execution -> calls.add(execution.getVariable(
                "noticeKind") + ":" + execution.getVariable("shareDestination")));
        Mocks.register("scheduleRepairReviewListener", (ExecutionListener) execution ->
                execution.setVariable("repairDueAt", new Date(ClockUtil.getCurrentTime().getTime() + 14 * DAY)));
        Mocks.register("reviewCreditRepairTaskListener", (TaskListener) task ->
                calls.add("repairDecided:" + task.getVariable("repairOutcome")));
        Mocks.register("escalateRepairReviewDelegate", (JavaDelegate) execution -> calls.add("escalateRepair"));
        Mocks.register("serveRepairDecisionDelegate", (JavaDelegate) execution -> calls.add("serveRepair"));
        Mocks.register("submitProposalDelegate", (JavaDelegate) execution -> {
            calls.add("propose:" + execution.getVariable("proposedBy"));
            execution.setVariable("caseNumber", CASE);
        });
        Mocks.register("reportQuarterlyStatisticsDelegate", (JavaDelegate) execution -> calls.add("statistics"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void anObjectionIsReviewedByTheCountyAndTheAnswerServed() {
        ProcessInstance pi = objection();
        assertThat(pi).isWaitingAt("reviewObjection").task().hasCandidateGroup("county-610304");
        assertThat(task(pi).getDueDate()).isEqualTo(runtimeService().getVariable(pi.getId(), "objectionDueAt"));
        complete(task(pi), withVariables("objectionOutcome", "REMOVED", "objectionReasons", "proven wrong"));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_ObjectionDecided").hasNotPassed("ServiceTask_EscalateObjection");
        assertThat(calls).containsExactly("objection:REMOVED", "serve:OBJECTION_DECIDED");
    }

    @Test
    void anObjectionNotAnsweredInTimeIsEscalatedAndStillAnswered() {
        ProcessInstance pi = objection();
        Job overdue = job(pi);
        assertThat(overdue.getDuedate()).isEqualTo(runtimeService().getVariable(pi.getId(), "objectionDueAt"));
        execute(overdue);
        execute(job("ServiceTask_EscalateObjection", pi));
        assertThat(pi).hasPassed("EndEvent_ObjectionEscalated").isWaitingAt("reviewObjection");

        complete(task(pi), withVariables("objectionOutcome", "UPHELD", "objectionReasons", "facts stand"));
        execute(job(pi));
        assertThat(pi).isEnded();
        assertThat(calls).containsExactly("escalate", "objection:UPHELD", "serve:OBJECTION_DECIDED");
    }

    @Test
    void aReportIsDeliveredByAJob() {
        ProcessInstance pi = feedback(7L);
        assertThat(pi).isWaitingAt("ServiceTask_DeliverToNationalPlatform");
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_FeedbackDelivered");
        assertThat(calls).containsExactly("deliver:7");
    }

    @Test
    void anOutageIsRetriedForMoreThanAnHourBeforeAnIncidentAndTheOperatorsRetryDelivers() {
        ProcessInstance pi = feedback(8L);
        platformDown = true;
        Date firstAttempt = ClockUtil.getCurrentTime();
        int attempts = 0;
        Job delivery = job(pi);
        while (retriesOf(delivery) > 0) {
            attempts++;
            try {
                managementService().executeJob(delivery.getId());
            } catch (RuntimeException expected) {
                // the platform is down
            }
            Job retried = managementService().createJobQuery().jobId(delivery.getId()).singleResult();
            if (retried.getRetries() > 0) {
                ClockUtil.setCurrentTime(retried.getDuedate());
            }
        }
        assertThat(attempts).isEqualTo(7);
        assertThat(Duration.between(firstAttempt.toInstant(), ClockUtil.getCurrentTime().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofHours(1));
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

        platformDown = false;
        managementService().setJobRetries(delivery.getId(), 1);
        execute(job(pi));
        assertThat(pi).isEnded();
        assertThat(calls).containsExactly("deliver:8");
    }

    @Test
    void statisticsAreQueuedEachQuarterAndOnRequest() {
        Job quarterly = managementService().createJobQuery().timers().singleResult();
        assertThat(quarterly.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        execute(quarterly);
        ProcessInstance byTimer = runtimeService().createProcessInstanceQuery().processDefinitionKey("punishmentStatistics")
                .singleResult();
        execute(job(byTimer));
        assertThat(byTimer).isEnded().hasPassed("StartEvent_QuarterBegan", "EndEvent_StatisticsQueued");

        ProcessInstance requested = runtimeService().createMessageCorrelation("punishmentStatisticsRequested")
                .correlateStartMessage();
        execute(job(requested));
        assertThat(requested).isEnded().hasPassed("StartEvent_ReportRequested", "EndEvent_StatisticsQueued");
        assertThat(calls).containsExactly("statistics", "statistics");
    }

    @Test
    void everyDestinationThatWasToldOfAListingIsToldOfItsEndOnceEachInItsOwnJob() {
        ProcessInstance notice = runtimeService().startProcessInstanceByKey("listChangeNotice", "entry-1",
                Map.of("listEntryId", "entry-1", "noticeKind", "REMOVED", "changeReason", "expired",
                        "destinations", List.of("provincial-platform", "commerce", "customs")));

        List<Job> jobs = managementService().createJobQuery().processInstanceId(notice.getId()).list();
        assertThat(jobs).as("one retriable job per destination: one unit down holds up no other").hasSize(3);
        assertThat(jobs).as("each retried on the notice schedule").allSatisfy(j -> assertThat(j.getRetries()).isEqualTo(6));
        jobs.forEach(j -> execute(j));

        assertThat(notice).isEnded().hasPassed("ServiceTask_TellDestination", "EndEvent_DestinationsTold");
        assertThat(calls).containsExactlyInAnyOrder("REMOVED:provincial-platform", "REMOVED:commerce",
                "REMOVED:customs");
    }

    @Test
    void aRepairGrantedByTheCountyIsServedAndEndsRepaired() {
        ProcessInstance repair = repairApplication();
        assertThat(repair).isWaitingAt("reviewCreditRepair").task().hasCandidateGroup("county-610302");
        assertThat(task(repair).getDueDate()).isEqualTo(runtimeService().getVariable(repair.getId(), "repairDueAt"));
        complete(task(repair), withVariables("repairOutcome", "REPAIRED", "repairReasons", "已履行处罚并参加培训"));
        execute(job(repair));
        assertThat(repair).isEnded().hasPassed("ServiceTask_ServeRepairDecision", "EndEvent_EntryRepaired");
        assertThat(calls).containsExactly("repairDecided:REPAIRED", "serveRepair");
    }

    @Test
    void aLateReviewIsEscalatedAndARefusalIsServedToo() {
        ProcessInstance repair = repairApplication();
        execute(managementService().createJobQuery().processInstanceId(repair.getId()).timers().singleResult());
        execute(job("ServiceTask_EscalateRepairReview", repair));
        assertThat(repair).hasPassed("EndEvent_RepairReviewEscalated").isWaitingAt("reviewCreditRepair");
        complete(task(repair), withVariables("repairOutcome", "REFUSED", "repairReasons", "罚款尚未缴清"));
        execute(job(repair));
        assertThat(repair).isEnded().hasPassed("EndEvent_RepairRefused").hasNotPassed("EndEvent_EntryRepaired");
        assertThat(calls).containsExactly("escalateRepair", "repairDecided:REFUSED", "serveRepair");
    }

    @Test
    void aProposalFromTheStartFormOpensItsCaseAtOnce() {
        org.camunda.bpm.engine.IdentityService identity =
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine().getIdentityService();
        identity.setAuthenticatedUserId("demo-associations");
        ProcessInstance proposal;
        try {
            proposal = runtimeService().startProcessInstanceByKey("designationProposal");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(proposal).isEnded().hasPassed("ServiceTask_SubmitProposal", "EndEvent_ProposalSubmitted");
        assertThat(calls).containsExactly("propose:demo-associations");
    }

    private ProcessInstance repairApplication() {
        return runtimeService().startProcessInstanceByKey("creditRepair", "application-1", Map.of(
                "repairApplicationId", "application-1", "listEntryId", "entry-1", "reviewingGroup", "county-610302"));
    }

    private ProcessInstance objection() {
        return runtimeService().startProcessInstanceByKey("listingObjection", CASE, Map.of("caseNumber", CASE,
                "countyCode", "610304", "listEntryId", "entry-1", "objectionText", "not us"));
    }

    private ProcessInstance feedback(long outboxId) {
        return runtimeService().startProcessInstanceByKey("nationalFeedback", CASE,
                Map.of("outboxId", outboxId, "feedbackKind", "ENTRY_LISTED"));
    }

    private static int retriesOf(Job job) {
        return managementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }

    /** Stand-in for {@code nationalFeedbackRetries}: the default intervals. */
    public static class Retries {
        public String getCycle() {
            return "PT1M,PT2M,PT5M,PT10M,PT15M,PT30M";
        }
    }
}

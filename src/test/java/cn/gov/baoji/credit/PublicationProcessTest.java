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

/** Every path of {@code listPublication} and {@code publicationSchedule}, with stand-ins for the delegates. */
@Deployment(resources = {"processes/list-publication.bpmn", "processes/publication-schedule.bpmn"})
class PublicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    long changes = 3;

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(new Date());
        Mocks.register("publicationSchedule", new Schedule());
        Mocks.register("caseDeadlines", new DishonestyCaseProcessTest.Deadlines());
        Mocks.register("collectPublicationDelegate", (JavaDelegate) execution -> {
            calls.add("collect");
            execution.setVariable("batchId", 1L);
            execution.setVariable("itemCount", changes);
        });
        Mocks.register("approvePublicationTaskListener", (TaskListener) task ->
                calls.add("approve:" + task.getVariable("publicationDecision")));
        Mocks.register("publishBatchDelegate", (JavaDelegate) execution -> calls.add("publish"));
        Mocks.register("recordExposureTaskListener", (TaskListener) task -> calls.add("exposure"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aBatchIsApprovedPublishedAndItsExposureRecorded() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("listPublication");
        assertThat(pi).isWaitingAt("approvePublication").task().hasCandidateGroup("credit-office");
        complete(task(pi), withVariables("publicationDecision", "HOLD_BACK"));
        execute(job(pi));
        assertThat(pi).isWaitingAt("publicityExposure").task().hasCandidateGroup("commerce");
        complete(task(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_BatchPublished");
        assertThat(calls).containsExactly("collect", "approve:HOLD_BACK", "publish", "exposure");
    }

    @Test
    void withoutChangesThereIsNothingToApprove() {
        changes = 0;
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("listPublication");
        assertThat(pi).isEnded().hasPassed("EndEvent_NothingToPublish").hasNotPassed("approvePublication");
    }

    @Test
    void theWeeklyScheduleStartsABatchAndWaitsForIt() {
        Job weekly = managementService().createJobQuery().timers().singleResult();
        assertThat(weekly.getDuedate()).isAfter(ClockUtil.getCurrentTime())
                .isBefore(new Date(ClockUtil.getCurrentTime().getTime() + 8 * DAY));
        execute(weekly);
        ProcessInstance schedule = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("publicationSchedule").singleResult();
        ProcessInstance batch = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("listPublication").singleResult();
        assertThat(schedule).isWaitingAt("CallActivity_ListPublication");
        complete(task(batch), withVariables("publicationDecision", "APPROVE_ALL"));
        execute(job(batch));
        complete(task(batch));

        assertThat(schedule).isEnded().hasPassed("EndEvent_ScheduledPublicationDone");
    }

    /** Stand-in for {@code publicationSchedule}: Mondays at 09:00. */
    public static class Schedule {
        public String getCron() {
            return "0 0 9 ? * MON";
        }
    }
}

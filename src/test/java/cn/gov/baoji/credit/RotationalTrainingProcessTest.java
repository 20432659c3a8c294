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

/** Every path of {@code rotationalTraining} and {@code rotationalTrainingSchedule}, with stand-ins for the delegates (the real ones run in TrainingIT). */
@Deployment(resources = {"processes/rotational-training.bpmn", "processes/rotational-training-schedule.bpmn"})
class RotationalTrainingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    static final long DAY = 24L * 3600 * 1000;

    final List<String> calls = new ArrayList<>();
    long awaiting = 3;
    long absent;
    long repeated;
    Date sessionStartsAt;

    @BeforeEach
    void registerStandIns() {
        ClockUtil.setCurrentTime(new Date());
        sessionStartsAt = new Date(ClockUtil.getCurrentTime().getTime() + 7 * DAY);
        Mocks.register("trainingSchedule", new Schedule());
        Mocks.register("caseDeadlines", new DishonestyCaseProcessTest.Deadlines());
        Mocks.register("collectAwaitingSubjectsDelegate", (JavaDelegate) execution -> {
            calls.add("collect");
            execution.setVariable("awaitingCount", awaiting);
        });
        Mocks.register("scheduleTrainingSessionTaskListener", (TaskListener) task -> {
            calls.add("schedule:" + task.getVariable("invitationChoice"));
            task.setVariable("sessionId", 1L);
            task.setVariable("sessionStartsAt", sessionStartsAt);
        });
        Mocks.register("sendTrainingInvitationsDelegate", (JavaDelegate) execution -> calls.add("invite"));
        Mocks.register("recordTrainingAttendanceTaskListener", (TaskListener) task -> {
            calls.add("attendance:" + task.getVariable("attendanceRecord"));
            task.setVariable("absentCount", absent);
            task.setVariable("repeatedAbsenceCount", repeated);
        });
        Mocks.register("remindAbsentSubjectsDelegate", (JavaDelegate) execution -> calls.add("remind"));
        Mocks.register("escalateRepeatedAbsenceDelegate", (JavaDelegate) execution -> calls.add("escalate"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        Mocks.reset();
    }

    @Test
    void aScheduledRoundWithNobodyAwaitingEndsAtOnce() {
        awaiting = 0;
        Job monthly = managementService().createJobQuery().timers().singleResult();
        assertThat(monthly.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        execute(monthly);
        assertThat(passed("rotationalTrainingSchedule")).contains("StartEvent_TrainingDue",
                "CallActivity_RotationalTraining", "EndEvent_TrainingRoundDone");
        assertThat(passed("rotationalTraining")).contains("ServiceTask_CollectAwaitingSubjects",
                "EndEvent_NobodyAwaiting");
        assertThat(calls).containsExactly("collect");
    }

    @Test
    void commerceSchedulesTheSessionAndRecordsThatEveryoneAttendedAfterIt() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("rotationalTraining");
        assertThat(pi).hasPassed("StartEvent_TrainingRequested").isWaitingAt("scheduleTrainingSession")
                .task().hasCandidateGroup("commerce");
        complete(task(pi), withVariables("invitationChoice", "LONGEST_WAITING"));
        assertThat(pi).isWaitingAt("ServiceTask_SendInvitations");
        execute(job(pi));

        Job sessionHeld = job("Timer_SessionHeld", pi);
        assertThat(sessionHeld.getDuedate()).isEqualTo(sessionStartsAt);
        assertThat(task(pi)).as("no attendance before the session").isNull();
        execute(sessionHeld);
        assertThat(pi).isWaitingAt("recordTrainingAttendance").task().hasCandidateGroup("commerce")
                .hasDueDate(new Date(ClockUtil.getCurrentTime().getTime() + 10 * DAY));
        complete(task(pi), withVariables("attendanceRecord", "ALL_ATTENDED"));

        assertThat(pi).isEnded().hasPassed("EndEvent_AllAttended").hasNotPassed("ServiceTask_RemindAbsentees");
        assertThat(calls).containsExactly("collect", "schedule:LONGEST_WAITING", "invite", "attendance:ALL_ATTENDED");
    }

    @Test
    void absenteesAreRemindedAndWaitForTheNextSession() {
        absent = 2;
        ProcessInstance pi = heldSession();
        complete(task(pi), withVariables("attendanceRecord", "SOME_ABSENT"));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("EndEvent_AbsenteesReminded")
                .hasNotPassed("ServiceTask_EscalateRepeatedAbsence");
        assertThat(calls).endsWith("attendance:SOME_ABSENT", "remind");
    }

    @Test
    void aRepeatedAbsenceIsRemindedAndEscalatedToTheCreditOffice() {
        absent = 2;
        repeated = 1;
        ProcessInstance pi = heldSession();
        complete(task(pi), withVariables("attendanceRecord", "SOME_ABSENT"));
        execute(job(pi));
        assertThat(pi).isWaitingAt("ServiceTask_EscalateRepeatedAbsence");
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("ServiceTask_RemindAbsentees", "EndEvent_AbsenceEscalated");
        assertThat(calls).endsWith("remind", "escalate");
    }

    /** The activities an ended instance of the process passed, from history. */
    private static List<String> passed(String key) {
        String id = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(key).finished()
                .singleResult().getId();
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private ProcessInstance heldSession() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("rotationalTraining");
        complete(task(pi), withVariables("invitationChoice", "SELECTED"));
        execute(job(pi));
        execute(job(pi));
        assertThat(pi).isWaitingAt("recordTrainingAttendance");
        return pi;
    }

    /** Stand-in for {@code trainingSchedule}: monthly. */
    public static class Schedule {
        public String getCron() {
            return "0 0 9 1 * ?";
        }
    }
}

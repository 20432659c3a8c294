package cn.gov.baoji.credit.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.registry.ChangeKind;
import cn.gov.baoji.credit.registry.EntryChanged;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.EntryStatus;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotational training on PostgreSQL: listing owes training (once), removal waives it; commerce schedules a
 * session through the engine REST API (as Tasklist does), the invitations go out, attendance is recorded after
 * the session; the absentee is reminded, and after a second miss escalated to the credit office; the attendee's
 * record is the evidence for credit repair.
 */
@PostgresIntegrationTest
class TrainingIT {

    static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ListRegistry registry;
    @Autowired
    TrainingRecords records;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    Api api;
    Tasks tasks;
    final Random random = new Random(55);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void listingOwesTrainingOnceAndRemovalWaivesIt() {
        ListEntry shop = list(enterprise("宝鸡市轮训测试网店"));
        transaction.executeWithoutResult(s -> events.publishEvent(
                new EntryChanged(shop.id(), EntryStatus.ACTIVE, ChangeKind.LISTED, EntrySource.LOCAL, "test")));

        assertThat(obligations("OPEN")).filteredOn(o -> o.get("listEntryId").asText().equals(shop.id())).hasSize(1);
        assertThat(records.attendance(shop.id())).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(TrainingStatus.OPEN);
            assertThat(a.attended()).isFalse();
        });

        transaction.executeWithoutResult(s -> registry.remove(shop.id(), "test", "异议成立，移出名单"));
        assertThat(records.attendance(shop.id())).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(TrainingStatus.WAIVED);
            assertThat(a.closedReason()).contains("removed");
        });
        assertThat(obligations("WAIVED")).extracting(o -> o.get("listEntryId").asText()).contains(shop.id());
    }

    @Test
    void aBadStatusIsAProblemAndOnlyCommerceAndTheCreditOfficeSeeObligations() {
        Api.Response bad = api.get("demo-commerce", "/api/v1/training/obligations?status=SOMETIME");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("demo-credit-office", "/api/v1/training/obligations?status=ATTENDED").status())
                .isEqualTo(200);
        assertThat(api.get("demo-county-610302", "/api/v1/training/obligations").status()).isEqualTo(403);
    }

    @Test
    void commerceTrainsTheAttendeeRemindsTheAbsenteeAndEscalatesASecondMiss() {
        ListEntry shop = list(enterprise("宝鸡市参训网店"));
        ListEntry person = list(naturalPerson("赵某某"));

        String first = round(List.of(shop, person), person);
        assertThat(records.attendance(shop.id())).hasValueSatisfying(a -> {
            assertThat(a.attended()).isTrue();
            assertThat(a.status()).isEqualTo(TrainingStatus.ATTENDED);
            assertThat(a.attendedAt()).isEqualTo(tomorrowAtHalfPastNine().toInstant());
        });
        assertThat(records.attendance(person.id())).hasValueSatisfying(a -> {
            assertThat(a.status()).as("back in the pool").isEqualTo(TrainingStatus.OPEN);
            assertThat(a.missedSessions()).isEqualTo(1);
        });
        assertThat(passed(first)).contains("EndEvent_AbsenteesReminded");
        assertThat(templates(first)).containsExactlyInAnyOrder("TRAINING_INVITATION", "TRAINING_INVITATION",
                "TRAINING_REMINDER");

        String second = round(List.of(person), person);
        assertThat(records.attendance(person.id())).hasValueSatisfying(a -> assertThat(a.missedSessions()).isEqualTo(2));
        assertThat(passed(second)).contains("ServiceTask_EscalateRepeatedAbsence", "EndEvent_AbsenceEscalated");
        assertThat(templates(second)).containsExactlyInAnyOrder("TRAINING_INVITATION", "TRAINING_REMINDER",
                "TRAINING_ABSENCE_ESCALATED");
    }

    /** One round for the subjects invited by name; the absentee misses it. Returns the process instance id. */
    private String round(List<ListEntry> invited, ListEntry absentee) {
        Api.Response started = api.postJson("demo-commerce",
                "/engine-rest/process-definition/key/rotationalTraining/start", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String pi = started.json().get("id").asText();
        String schedule = tasks.onlyTask("demo-commerce", pi, "scheduleTrainingSession");
        String shortIds = String.join("\n", invited.stream().map(e -> e.id().substring(0, 8)).toList());
        Map<String, Object> session = Map.of("sessionDate", tomorrowAtHalfPastNine().toLocalDate().toString(),
                "sessionTime", "09:30", "sessionPlace", "宝鸡市商务局三楼会议室", "sessionCapacity", 30,
                "invitationChoice", "SELECTED", "invitedSubjects", shortIds);
        Map<String, Object> past = new HashMap<>(session);
        past.put("sessionDate", LocalDate.now(BAOJI).minusDays(1).toString());
        assertThat(tasks.complete("demo-commerce", schedule, past).status()).as("a session in the past").isEqualTo(400);
        Api.Response scheduled = tasks.complete("demo-commerce", schedule, session);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(204);
        tasks.runJobs(pi);
        assertThat(tasks.visibleTo("demo-commerce", pi)).as("no attendance before the session").isEmpty();

        Job sessionHeld = managementService.createJobQuery().processInstanceId(pi).timers().singleResult();
        managementService.executeJob(sessionHeld.getId());
        String attendance = tasks.onlyTask("demo-commerce", pi, "recordTrainingAttendance");
        Api.Response recorded = tasks.complete("demo-commerce", attendance, Map.of("attendanceRecord", "SOME_ABSENT",
                "absentSubjects", absentee.id().substring(0, 8)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        tasks.runJobs(pi);
        return pi;
    }

    private List<JsonNode> obligations(String status) {
        Api.Response response = api.get("demo-commerce", "/api/v1/training/obligations?limit=1000&status=" + status);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        response.json().forEach(list::add);
        return list;
    }

    /** The notification templates sent for a round (entries without a case are filed under the session). */
    private List<String> templates(String pi) {
        long sessionId = (Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName("sessionId").singleResult().getValue();
        List<String> sent = new ArrayList<>();
        api.get("admin", "/api/v1/outbound-calls?agency=notification&caseNumber=TRAINING-" + sessionId).json()
                .get("items").forEach(call -> sent.add(call.get("request").get("template").asText()));
        return sent;
    }

    private List<String> passed(String pi) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi).list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private ListEntry list(ListedSubject subject) {
        LocalDate decided = LocalDate.now(BAOJI).minusDays(3);
        return transaction.execute(s -> registry.list(new NewListing(subject, "CHAOXIN_BLACKLIST", EntrySource.LOCAL,
                "610302", "渭滨区电子商务领域严重失信专项治理工作小组", "组织刷单，虚构交易。", decided,
                decided.plusMonths(36), decided.plusMonths(12).plusDays(1), "BJ-2026-1", null, null), "test"));
    }

    private ListedSubject naturalPerson(String name) {
        LocalDate born = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new ListedSubject("NATURAL_PERSON", name, null, TestIdentifiers.residentId(random, "610302", born),
                null);
    }

    private ListedSubject enterprise(String name) {
        return new ListedSubject("ENTERPRISE", name, TestIdentifiers.creditCode(random, "610302"), null, "王某");
    }

    private static ZonedDateTime tomorrowAtHalfPastNine() {
        return LocalDate.now(BAOJI).plusDays(1).atTime(9, 30).atZone(BAOJI);
    }
}

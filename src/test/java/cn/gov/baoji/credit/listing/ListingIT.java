package cn.gov.baoji.credit.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case worked in Tasklist from complaint to listing, on PostgreSQL: prior notice, the subject's statement,
 * the listing, sharing with every participating member unit and the province, measures reported, the
 * national platform told of each, and objections that change the outcome.
 */
@PostgresIntegrationTest
class ListingIT {

    static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Tasks tasks;
    final Random random = new Random(7);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void aCaseWorkedToListingIsSharedPunishedReportedAndCanBeCorrectedAndRemovedOnObjection() {
        String creditCode = TestIdentifiers.creditCode(random, "610304");
        Designated c = designated(creditCode, "610304", "CHAOXIN_BLACKLIST");

        tasks.runJobs(c.pi());   // the prior notice is served
        JsonNode noticed = api.get("demo-county-610304", "/api/v1/cases/" + c.caseNumber()).json();
        assertThat(noticed.get("stage").asText()).isEqualTo("PRIOR_NOTICE");
        assertThat(noticed.get("handlingClock").get("pausedOn").asText()).isEqualTo(today().toString());
        assertThat(outboundCalls(c.caseNumber()).toString()).contains("PRIOR_NOTICE");

        Api.Response statement = api.postJson("demo-county-610304",
                "/api/v1/cases/" + c.caseNumber() + "/statements", Map.of("statement", "我方已整改，请从轻处理。"));
        assertThat(statement.status()).isEqualTo(202);
        assertThat(api.postJson("demo-county-610304", "/api/v1/cases/" + c.caseNumber() + "/statements",
                Map.of("statement", "再次申辩")).status()).as("the window closed with the first statement").isEqualTo(409);
        assertThat(api.get("demo-county-610304", "/api/v1/cases/" + c.caseNumber()).json().get("handlingClock")
                .has("pausedOn")).isFalse();

        String review = tasks.onlyTask("demo-county-610304", c.pi(), "reviewStatement");
        assertThat(tasks.complete("demo-county-610304", review, Map.of("statementOutcome", "UPHOLD")).status())
                .as("reasons are owed").isEqualTo(400);
        assertThat(tasks.complete("demo-county-610304", review, Map.of("statementOutcome", "UPHOLD",
                "statementReviewReasons", "整改不能抵消已发生的刷单行为。")).status()).isEqualTo(204);

        JsonNode entries = api.get("demo-credit-office", "/api/v1/list-entries?subject=" + creditCode).json();
        assertThat(entries.get("total").asInt()).isEqualTo(1);
        JsonNode entry = entries.get("entries").get(0);
        String entryId = entry.get("id").asText();
        assertThat(entry.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(entry.get("listType").asText()).isEqualTo("CHAOXIN_BLACKLIST");
        assertThat(entry.get("validUntil").asText()).isEqualTo(today().plusMonths(36).toString());
        assertThat(entry.get("repairEligibleFrom").asText()).isEqualTo(today().plusMonths(12).plusDays(1).toString());
        assertThat(entry.get("designatingAuthority").asText()).contains("陈仓区");

        tasks.runJobs(c.pi());   // decision served
        String punishment = punishmentOf(c.pi());
        tasks.runJobs(punishment);   // entry shared with the province and every unit
        List<String> units = candidateGroupsOfOpenTasks(punishment, "reportMeasures");
        assertThat(units).contains("market-regulation", "customs", "public-security", "commerce",
                "ecommerce-association").doesNotHaveDuplicates();
        String customsTask = tasks.onlyTask("demo-customs", punishment, "reportMeasures");
        assertThat(tasks.visibleTo("demo-commerce", punishment)).hasSize(1);
        assertThat(api.get("demo-credit-office", "/api/v1/cases/" + c.caseNumber()).json().get("openTasks")
                .findValuesAsText("taskKey")).as("the case shows its called process's work")
                .contains("reportMeasures");
        assertThat(tasks.complete("demo-customs", customsTask, Map.of("measure1Applied", true)).status())
                .as("an applied measure needs its date and document").isEqualTo(400);
        assertThat(tasks.complete("demo-customs", customsTask, Map.of("measure1Applied", true,
                "measuresAppliedOn", today().toString(), "measuresDocumentReference", "宝关信〔2026〕12号"))
                .status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT member_unit, measure_code FROM punishment_measure WHERE entry_id = ?")
                .param(entryId).query().listOfRows()).hasSize(1);

        tasks.runAllJobs();   // national feedback deliveries
        JsonNode calls = outboundCalls(c.caseNumber());
        assertThat(calls.findValuesAsText("agency")).contains("list-sharing", "national-platform", "notification");
        assertThat(sharedWith(c.caseNumber(), "LISTED")).as("the province and every participating unit, once each")
                .containsExactlyInAnyOrderElementsOf(concat("provincial-platform", units));
        assertThat(pendingFeedback()).isZero();
        assertThat(jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entryId)
                .query(String.class).list()).containsExactly("ENTRY_LISTED", "MEASURES_REPORTED");

        Api.Response objection = api.postJson("demo-county-610304", "/api/v1/cases/" + c.caseNumber() + "/objections",
                Map.of("reason", "我方并非组织者，应列入电子商务领域黑名单而非炒信黑名单。", "contactPhone", "13800001111"));
        assertThat(objection.status()).isEqualTo(202);
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries/" + entryId).json().get("entry").get("status")
                .asText()).isEqualTo("DISPUTED");
        assertThat(api.postJson("demo-county-610304", "/api/v1/cases/" + c.caseNumber() + "/objections",
                Map.of("reason", "again")).status()).as("one objection at a time").isEqualTo(409);
        String objectionPi = objectionInstance(c.caseNumber());
        String reviewObjection = tasks.onlyTask("demo-county-610304", objectionPi, "reviewObjection");
        assertThat(tasks.complete("demo-county-610304", reviewObjection, Map.of("objectionOutcome", "CORRECTED",
                "correctedListType", "ECOMMERCE_BLACKLIST", "objectionReasons", "证据显示其系被组织刷单的商家。"))
                .status()).isEqualTo(204);
        tasks.runJobs(objectionPi);

        tasks.runAllJobs();
        assertThat(sharedWith(c.caseNumber(), "CHANGED")).as("the correction reaches everyone told of the listing")
                .containsExactlyInAnyOrderElementsOf(concat("provincial-platform", units));
        JsonNode corrected = api.get("demo-credit-office", "/api/v1/list-entries/" + entryId).json();
        assertThat(corrected.get("entry").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(corrected.get("entry").get("listType").asText()).isEqualTo("ECOMMERCE_BLACKLIST");
        assertThat(corrected.get("history").findValuesAsText("change")).containsExactly("LISTED", "DISPUTED",
                "CORRECTED");

        assertThat(api.postJson("demo-county-610304", "/api/v1/cases/" + c.caseNumber() + "/objections",
                Map.of("reason", "补充证据证明系他人冒用。")).status()).isEqualTo(202);
        String second = objectionInstances(c.caseNumber()).stream().filter(pi -> !pi.equals(objectionPi)).findFirst()
                .orElseThrow();
        assertThat(tasks.complete("demo-county-610304", tasks.onlyTask("demo-county-610304", second, "reviewObjection"),
                Map.of("objectionOutcome", "REMOVED", "objectionReasons", "经核实系他人冒用其名义开店。")).status())
                .isEqualTo(204);
        tasks.runAllJobs();
        JsonNode removed = api.get("demo-credit-office", "/api/v1/list-entries/" + entryId).json();
        assertThat(removed.get("entry").get("status").asText()).isEqualTo("REMOVED");
        assertThat(sharedWith(c.caseNumber(), "REMOVED")).as("the removal reaches everyone told, exactly once")
                .containsExactlyInAnyOrderElementsOf(concat("provincial-platform", units));
        assertThat(taskService.createTaskQuery().processInstanceId(punishment).count())
                .as("the open reports of the other units are closed").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(punishment).count()).isZero();
        assertThat(api.get("demo-credit-office", "/api/v1/cases/" + c.caseNumber()).json().get("timeline")
                .findValuesAsText("kind")).contains("PUNISHMENT_ENDED");
        assertThat(api.get("demo-credit-office", "/lists/" + entryId).status()).isIn(404, 410);
        assertThat(jdbc.sql("SELECT listed_key FROM registry_list_entry WHERE id = ?").param(entryId)
                .query(String.class).optional()).isEmpty();
        assertThat(pendingFeedback()).isZero();
        assertThat(jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entryId)
                .query(String.class).list()).containsExactly("ENTRY_LISTED", "MEASURES_REPORTED", "ENTRY_CHANGED",
                "ENTRY_CHANGED", "ENTRY_CHANGED", "ENTRY_REMOVED");

        JsonNode statistics = api.get("demo-supervisors", "/api/v1/statistics/joint-punishment?from=" + today()
                + "&to=" + today()).json();
        assertThat(statistics.get("totalListings").asLong()).isPositive();
        assertThat(statistics.get("measures").toString()).contains("customs");
    }

    @Test
    void withoutAStatementTheWindowClosesAndTheSubjectIsListed() {
        String creditCode = TestIdentifiers.creditCode(random, "610323");
        Designated c = designated(creditCode, "610323", "KEY_ATTENTION");
        tasks.runJobs(c.pi());
        List<org.camunda.bpm.engine.runtime.Job> window = managementService.createJobQuery().processInstanceId(c.pi())
                .timers().list();
        assertThat(window).hasSize(1);
        LocalDate lastDay = LocalDate.ofInstant(window.get(0).getDuedate().toInstant(), BAOJI).minusDays(1);
        assertThat(lastDay).isAfter(today().plusDays(4));   // five working days, weekends and holidays skipped
        managementService.executeJob(window.get(0).getId());   // time travel: the window closes unanswered

        JsonNode entry = api.get("demo-credit-office", "/api/v1/list-entries?subject=" + creditCode).json()
                .get("entries").get(0);
        assertThat(entry.get("listType").asText()).isEqualTo("KEY_ATTENTION");
        assertThat(entry.get("validUntil").asText()).isEqualTo(today().plusMonths(12).toString());
        tasks.runJobs(c.pi());
        tasks.runJobs(punishmentOf(c.pi()));
        assertThat(candidateGroupsOfOpenTasks(punishmentOf(c.pi()), "reportMeasures"))
                .containsExactlyInAnyOrder("market-regulation", "commerce", "ecommerce-association");
        assertThat(api.postJson("demo-county-610323", "/api/v1/cases/" + c.caseNumber() + "/statements",
                Map.of("statement", "迟到的申辩")).status()).isEqualTo(409);
    }

    @Test
    void badDueProcessRequestsAreRefusedWithProblems() {
        assertThat(api.postJson("demo-credit-office", "/api/v1/cases/BJDS-2026-999999/statements",
                Map.of("statement", "x")).status()).isEqualTo(404);
        Api.Response blank = api.postJson("demo-credit-office", "/api/v1/cases/BJDS-2026-999999/statements",
                Map.of("statement", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.header("Content-Type")).contains("application/problem+json");
        assertThat(api.post("demo-credit-office", "/api/v1/cases/BJDS-2026-999999/objections", "application/json",
                "{\"reason\":").status()).isEqualTo(400);
        assertThat(api.postJson("demo-credit-office", "/api/v1/cases/not-a-case/objections",
                Map.of("reason", "x")).status()).isEqualTo(400);
        assertThat(api.postJson("demo-credit-office", "/api/v1/cases/BJDS-2026-999999/objections",
                Map.of("reason", "x", "contactPhone", "123")).body()).contains("contactPhone");
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries?status=LISTED").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries?sort=name").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries?size=1000").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries/xyz").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/list-entries/00000000-0000-0000-0000-000000000000")
                .status()).isEqualTo(404);
        assertThat(api.get("demo-credit-investigator", "/api/v1/list-entries").status()).isEqualTo(403);
        assertThat(api.get("demo-credit-office", "/api/v1/statistics/joint-punishment?from=2026-02-01&to=2026-01-01")
                .status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/statistics/joint-punishment?from=yesterday&to=2026-01-01")
                .status()).isEqualTo(400);
    }

    record Designated(String caseNumber, String pi) {
    }

    private Designated designated(String creditCode, String county, String listType) {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(creditCode)).json();
        String caseNumber = created.get("caseNumber").asText();
        String pi = created.get("processInstanceId").asText();
        tasks.complete("demo-credit-office", tasks.onlyTask("demo-credit-office", pi, "triageComplaint"),
                Map.of("triageDecision", "ACCEPT", "countyCode", county));
        tasks.runJobs(pi);
        tasks.complete("demo-credit-investigator", tasks.onlyTask("demo-credit-investigator", pi, "investigateSubject"),
                Map.of("factsVerified", true, "fakeTransactionCount", 1200, "amountInvolved", 8000.5,
                        "repeatOffence", false, "organizedPlatform", false, "findings", "虚构交易1200笔。"));
        Api.Response designation = tasks.complete("demo-county-" + county,
                tasks.onlyTask("demo-county-" + county, pi, "designateSubject"),
                Map.of("listType", listType, "designationJustification", "依据调查结论。",
                        "designationBasis", "2026年上半年组织虚构交易1200笔，金额8000.5元。",
                        "legalRepresentative", "李某", "servicePhone", "13900001111"));
        assertThat(designation.status()).as(designation.body()).isEqualTo(204);
        return new Designated(caseNumber, pi);
    }

    private String punishmentOf(String caseInstance) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseInstance).singleResult().getId();
    }

    /** Destinations sent a list-sharing notice of that kind for the case, one element per call. */
    private List<String> sharedWith(String caseNumber, String kind) {
        List<String> destinations = new ArrayList<>();
        outboundCalls(caseNumber).forEach(call -> {
            if (call.get("agency").asText().equals("list-sharing") && call.get("request").get("kind").asText()
                    .equals(kind)) {
                destinations.add(call.get("request").get("destination").asText());
            }
        });
        return destinations;
    }

    private List<String> candidateGroupsOfOpenTasks(String pi, String taskKey) {
        List<String> groups = new ArrayList<>();
        taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).list()
                .forEach(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                        .filter(l -> l.getGroupId() != null).forEach(l -> groups.add(l.getGroupId())));
        return groups;
    }

    private String objectionInstance(String caseNumber) {
        List<String> instances = objectionInstances(caseNumber);
        assertThat(instances).hasSize(1);
        return instances.get(0);
    }

    private List<String> objectionInstances(String caseNumber) {
        return jdbc.sql("SELECT id_ FROM act_ru_execution WHERE business_key_ = ? AND proc_def_id_ LIKE 'listingObjection:%'"
                        + " AND parent_id_ IS NULL").param(caseNumber).query(String.class).list();
    }

    private JsonNode outboundCalls(String caseNumber) {
        return api.get("admin", "/api/v1/outbound-calls?limit=200&caseNumber=" + caseNumber).json().get("items");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private long pendingFeedback() {
        return jdbc.sql("SELECT count(*) FROM feedback_outbox WHERE delivered_at IS NULL").query(Long.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(BAOJI);
    }
}

package cn.gov.baoji.credit.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PortalClient;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit repair end to end on embedded PostgreSQL: an entry imported from the national platform goes straight to
 * joint punishment; its subject applies for repair with evidence; the credit office repairs it in Tasklist, and
 * the entry disappears everywhere it was shown: open reports closed, every unit and the province told once, the
 * national platform told, the applicant served.
 */
@PostgresIntegrationTest
class CreditRepairIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @LocalServerPort
    int port;
    @Autowired
    ListRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Tasks tasks;
    final Random random = new Random(11);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void anImportedEntryIsPunishedAtOnceAndARepairTakesItOffEverywhere() {
        String code = TestIdentifiers.creditCode(random, "610302");
        ListEntry entry = imported(code, today().minusMonths(13), today().minusDays(1));

        String punishment = runtimeService.createProcessInstanceQuery().processDefinitionKey("jointPunishment")
                .processInstanceBusinessKey(entry.id()).singleResult().getId();
        tasks.runJobs(punishment);
        List<String> units = new ArrayList<>();
        taskService.createTaskQuery().processInstanceId(punishment).taskDefinitionKey("reportMeasures").list()
                .forEach(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                        .filter(l -> l.getGroupId() != null).forEach(l -> units.add(l.getGroupId())));
        assertThat(units).as("a national chaoxin target is punished by the blacklist's units").contains("customs",
                "market-regulation");
        assertThat(destinations(entry.id(), "LISTED")).containsExactlyInAnyOrderElementsOf(with("provincial-platform",
                units));

        Map<String, Object> application = application(code);
        Api.Response wrongSubject = api.postJson("demo-credit-office", path(entry), Map.of(
                "subjectIdentifier", TestIdentifiers.creditCode(random, "610302"), "applicantName", "王某",
                "contactPhone", "13900001111", "commitment", application.get("commitment"),
                "penaltiesFulfilled", application.get("penaltiesFulfilled"), "trainingAttended", true));
        assertThat(wrongSubject.status()).isEqualTo(400);
        assertThat(wrongSubject.body()).contains("subjectIdentifier", "mismatch");

        Api.Response applied = api.postJson("demo-credit-office", path(entry), application);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String applicationId = applied.json().get("id").asText();
        assertThat(applied.body()).as("the applicant's contact stays out of answers").doesNotContain("13900001111");
        Api.Response evidence = api.postMultipart("demo-credit-office", "/api/v1/repair-applications/" + applicationId
                + "/evidence", Map.of("承诺书.pdf", PDF));
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertThat(evidence.json().get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(api.postMultipart("demo-credit-office", "/api/v1/repair-applications/" + applicationId
                + "/evidence", Map.of("script.exe", "MZ...".getBytes())).status()).isEqualTo(400);
        Api.Response again = api.postJson("demo-credit-office", path(entry), application);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("repair-already-open");

        String repairInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("creditRepair")
                .processInstanceBusinessKey(applicationId).singleResult().getId();
        String review = tasks.onlyTask("demo-credit-office", repairInstance, "reviewCreditRepair");
        assertThat(tasks.complete("demo-credit-office", review, Map.of("repairOutcome", "REPAIRED")).status())
                .as("reasons are required").isEqualTo(400);
        assertThat(tasks.complete("demo-credit-office", review, Map.of("repairOutcome", "REPAIRED",
                "repairReasons", "已缴清罚款，法定代表人已参加信用修复培训。")).status()).isEqualTo(204);
        tasks.runAllJobs();

        JsonNode repaired = api.get("demo-credit-office", "/api/v1/list-entries/" + entry.id()).json();
        assertThat(repaired.get("entry").get("status").asText()).isEqualTo("REMOVED");
        assertThat(repaired.get("history").findValuesAsText("change")).containsExactly("LISTED", "REPAIRED");
        assertThat(taskService.createTaskQuery().processInstanceId(punishment).count())
                .as("open measures reports closed").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(punishment).count()).isZero();
        assertThat(destinations(entry.id(), "REMOVED")).as("everyone told of the listing is told of its end, once")
                .containsExactlyInAnyOrderElementsOf(with("provincial-platform", units));
        assertThat(jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entry.id())
                .query(String.class).list()).containsExactly("ENTRY_LISTED", "ENTRY_REMOVED");
        assertThat(jdbc.sql("SELECT count(*) FROM adapters_outbound_call WHERE agency = 'notification'"
                + " AND idempotency_key LIKE ? AND request LIKE '%REPAIR_DECIDED%'").param(repairInstance + ":%")
                .query(Integer.class).single())
                .as("the applicant is served the decision").isEqualTo(1);
        assertThat(api.get("demo-credit-office", "/api/v1/repair-applications/" + applicationId).json()
                .get("status").asText()).isEqualTo("REPAIRED");
        assertThat(api.postJson("demo-credit-office", path(entry), application).status())
                .as("a removed entry cannot be repaired again").isEqualTo(409);
    }

    @Test
    void anExpiredEntryIsEndedEverywhereItWasSharedOnce() {
        String code = TestIdentifiers.creditCode(random, "610302");
        LocalDate decided = today().minusYears(3).minusDays(2);
        ListEntry entry = transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("ENTERPRISE", "某过期平台有限公司", code, null, "钱某"), "CHAOXIN_BLACKLIST",
                EntrySource.PROVINCIAL, null, "陕西省发展改革委", "组织刷单炒信", decided, today().minusDays(1),
                today().minusDays(1), null, null, "PROV-" + code), "provincial-platform"));
        String punishment = runtimeService.createProcessInstanceQuery().processDefinitionKey("jointPunishment")
                .processInstanceBusinessKey(entry.id()).singleResult().getId();
        tasks.runJobs(punishment);
        List<String> told = destinations(entry.id(), "LISTED");
        assertThat(told).contains("provincial-platform", "customs");

        Boolean expired = transaction.execute(status -> registry.expireIfDue(entry.id(), today()));
        assertThat(expired).isTrue();
        tasks.runAllJobs();

        assertThat(destinations(entry.id(), "REMOVED")).containsExactlyInAnyOrderElementsOf(told);
        assertThat(taskService.createTaskQuery().processInstanceId(punishment).count()).isZero();
        assertThat(jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entry.id())
                .query(String.class).list()).containsExactly("ENTRY_LISTED", "ENTRY_REMOVED");
    }

    @Test
    void aRefusalKeepsTheListingAndFreesTheEntryForALaterApplication() {
        String code = TestIdentifiers.creditCode(random, "610302");
        ListEntry entry = local(code, today().minusMonths(13), today());
        Map<String, Object> application = application(code);
        Api.Response applied = api.postJson("demo-county-610302", path(entry), application);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String repairInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("creditRepair")
                .processInstanceBusinessKey(applied.json().get("id").asText()).singleResult().getId();
        assertThat(tasks.visibleTo("demo-county-610303", repairInstance)).as("another county's").isEmpty();
        String review = tasks.onlyTask("demo-county-610302", repairInstance, "reviewCreditRepair");
        assertThat(api.get("demo-county-610302", "/engine-rest/task/" + review + "/variables").json()
                .get("trainingStatement").get("value").asText())
                .as("the reviewer sees what commerce recorded beside the applicant's word")
                .isEqualTo("申请人称已参加培训；轮训记录：尚未参加（缺席 0 次）");
        assertThat(tasks.complete("demo-county-610302", review, Map.of("repairOutcome", "REFUSED",
                "repairReasons", "行政处罚决定尚未履行完毕。")).status()).isEqualTo(204);
        tasks.runJobs(repairInstance);

        assertThat(api.get("demo-credit-office", "/api/v1/list-entries/" + entry.id()).json().get("entry")
                .get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.postJson("demo-county-610302", path(entry), application).status())
                .as("after a refusal the subject may apply again").isEqualTo(201);
    }

    @Test
    void anApplicationTooEarlyOrMalformedIsRefusedWithAProblemAndLeavesNothingBehind() {
        String code = TestIdentifiers.creditCode(random, "610302");
        ListEntry entry = local(code, today(), today().plusMonths(12).plusDays(1));
        int before = jdbc.sql("SELECT count(*) FROM repair_application").query(Integer.class).single();

        Api.Response early = api.postJson("demo-credit-office", path(entry), application(code));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("repair-not-yet-eligible", today().plusMonths(12).plusDays(1).toString());

        Api.Response malformed = api.postJson("demo-credit-office", path(entry), Map.of("subjectIdentifier", code,
                "applicantName", "", "commitment", "短", "trainingAttended", "maybe"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Api.Response noContact = api.postJson("demo-credit-office", path(entry), withoutContact(application(code)));
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.body()).contains("contact");

        assertThat(api.postJson("demo-credit-office", "/api/v1/list-entries/not-an-id/repair-applications",
                application(code)).status()).isEqualTo(400);
        assertThat(api.postJson("demo-credit-office", "/api/v1/list-entries/" + java.util.UUID.randomUUID()
                + "/repair-applications", application(code)).status()).isEqualTo(404);
        assertThat(api.postJson("demo-customs", path(entry), application(code)).status())
                .as("member units do not take applications").isEqualTo(403);
        assertThat(api.postJson(null, path(entry), application(code)).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM repair_application").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void aSubjectAppliesOnThePublicPageAndRefusedInputComesBackWithItsValues() {
        String code = TestIdentifiers.creditCode(random, "610302");
        ListEntry entry = local(code, today().minusMonths(13), today().minusDays(3));
        PortalClient portal = new PortalClient(port);
        PortalClient.Page page = portal.get("/lists/" + entry.id() + "/repair");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("repair-subject")).isEqualTo("宝鸡某网店");
        assertThat(page.text("repair-eligible-from")).isEqualTo(today().minusDays(3).toString());

        Map<String, String> fields = new HashMap<>(fields(code));
        fields.put("trainingAttended", "yes");
        fields.put("commitment", "太短");
        fields.put("_csrf", page.csrfToken());
        PortalClient.Page refused = portal.postMultipart("/lists/" + entry.id() + "/repair", fields, List.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("error-summary")).contains("信用承诺");
        assertThat(refused.value("applicantName")).isEqualTo("王某");
        assertThat(refused.attribute(refused.element("commitment"), "aria-invalid")).isEqualTo("true");
        assertThat(refused.text("commitment")).as("values kept").isEqualTo("太短");

        fields.put("commitment", fields(code).get("commitment"));
        fields.put("subjectIdentifier", TestIdentifiers.creditCode(random, "610303"));
        fields.put("_csrf", refused.csrfToken());
        PortalClient.Page mismatch = portal.postMultipart("/lists/" + entry.id() + "/repair", fields, List.of());
        assertThat(mismatch.text("error-summary")).contains("不一致");

        fields.put("subjectIdentifier", code);
        fields.put("_csrf", mismatch.csrfToken());
        PortalClient.Page receipt = portal.postMultipart("/lists/" + entry.id() + "/repair", fields,
                List.of(new PortalClient.Upload("evidence", "缴款凭证.pdf", "application/pdf", PDF)));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        String applicationId = receipt.text("applicationId");
        assertThat(jdbc.sql("SELECT channel FROM repair_application WHERE id = ?").param(applicationId)
                .query(String.class).single()).isEqualTo("PORTAL");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count())
                .isEqualTo(1);

        assertThat(portal.get("/lists/" + java.util.UUID.randomUUID() + "/repair").status()).isEqualTo(404);
        assertThat(portal.get("/lists/not-an-entry/repair").status()).isEqualTo(404);
    }

    private ListEntry imported(String code, LocalDate decided, LocalDate repairFrom) {
        return transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("ENTERPRISE", "某炒信平台有限公司", code, null, "赵某"), "CHAOXIN_BLACKLIST",
                EntrySource.NATIONAL, null, "国家发展改革委", "组织刷单炒信", decided, decided.plusMonths(36),
                repairFrom, null, null, "NAT-" + code), "national-platform"));
    }

    private ListEntry local(String code, LocalDate decided, LocalDate repairFrom) {
        return transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("ENTERPRISE", "宝鸡某网店", code, null, "王某"), "KEY_ATTENTION", EntrySource.LOCAL,
                "610302", "渭滨区电子商务领域严重失信专项治理工作小组", "虚构交易", decided, decided.plusMonths(12),
                repairFrom, "BJ-2026-1", null, null), "test"));
    }

    /** The JSON body of an application. */
    private static Map<String, Object> application(String code) {
        Map<String, Object> body = new HashMap<>(fields(code));
        body.put("trainingAttended", true);
        return body;
    }

    /** The application as form fields. */
    private static Map<String, String> fields(String code) {
        Map<String, String> fields = new HashMap<>();
        fields.put("subjectIdentifier", code);
        fields.put("applicantName", "王某");
        fields.put("contactPhone", "13900001111");
        fields.put("commitment", "本公司承诺今后诚信经营，不再组织或参与任何刷单炒信行为，自愿接受社会监督。");
        fields.put("penaltiesFulfilled", "已于2026年3月缴清罚款（宝市监罚〔2026〕8号），下架全部虚假评价。");
        fields.put("trainingAttended", "true");
        return fields;
    }

    private static Map<String, Object> withoutContact(Map<String, Object> application) {
        Map<String, Object> body = new HashMap<>(application);
        body.remove("contactPhone");
        return body;
    }

    /** Destinations sent a list-sharing notice of that kind for the entry, one element per call (the log row). */
    private List<String> destinations(String entryId, String kind) {
        List<String> found = new ArrayList<>();
        jdbc.sql("SELECT request FROM adapters_outbound_call WHERE agency = 'list-sharing' AND request LIKE ?")
                .param("%" + entryId + "%").query(String.class).list().forEach(text -> {
                    JsonNode request = read(text);
                    if (entryId.equals(request.path("entryId").asText()) && kind.equals(request.path("kind").asText())) {
                        found.add(request.get("destination").asText());
                    }
                });
        return found;
    }

    private static JsonNode read(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(ListEntry entry) {
        return "/api/v1/list-entries/" + entry.id() + "/repair-applications";
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}

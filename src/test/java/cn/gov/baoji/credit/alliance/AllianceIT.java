package cn.gov.baoji.credit.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alliance over HTTP on PostgreSQL: registering a member, reports that wait, cross-verification into a
 * {@code dishonestyCase} waiting at {@code triageComplaint} in Tasklist, exactly one case per subject, a report
 * joining an open complaint's case, the masked feed, and who may read what.
 */
@PostgresIntegrationTest
class AllianceIT {

    static final String REPORTS = "/api/v1/alliance/reports";
    static final String PLATFORM = "member-demo-platform";
    static final String LOGISTICS = "member-demo-logistics";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ListRegistry registry;
    @Autowired
    TransactionTemplate transaction;

    Api api;
    Tasks tasks;
    final Random random = new Random(20180319);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void twoIndependentMembersOpenOneCaseWaitingForTriage() {
        String creditCode = TestIdentifiers.creditCode(random, "610302");
        JsonNode first = send(PLATFORM, enterprise(creditCode, "p-" + creditCode));
        assertThat(first.get("results").get(0).get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get("results").get(0).get("subjectStatus").asText()).isEqualTo("WAITING");
        assertThat(send(PLATFORM, enterprise(creditCode, "p-" + creditCode)).get("results").get(0)
                .get("outcome").asText()).isEqualTo("DUPLICATE");
        JsonNode sameMemberAgain = send(PLATFORM, enterprise(creditCode, "p2-" + creditCode));
        assertThat(sameMemberAgain.get("results").get(0).get("subjectStatus").asText()).isEqualTo("WAITING");
        assertThat(casesAbout(creditCode)).isEmpty();
        assertThat(waitingReports().toString()).contains(creditCode);

        JsonNode second = send(LOGISTICS, enterprise(creditCode, "l-" + creditCode));

        assertThat(second.get("results").get(0).get("subjectStatus").asText()).isEqualTo("VERIFIED");
        List<Map<String, Object>> cases = casesAbout(creditCode);
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0)).containsEntry("channel", "ALLIANCE_MEMBER");
        String caseNumber = (String) cases.get(0).get("case_number");
        String pi = (String) cases.get(0).get("process_instance_id");
        tasks.onlyTask("demo-credit-office", pi, "triageComplaint");
        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(count(view.get("timeline"), "ALLIANCE_REPORT")).isEqualTo(3);
        assertThat(waitingReports().toString()).doesNotContain(creditCode);

        send(PLATFORM, enterprise(creditCode, "p3-" + creditCode));
        assertThat(casesAbout(creditCode)).hasSize(1);
        view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(count(view.get("timeline"), "ALLIANCE_REPORT")).isEqualTo(4);
        assertThat(api.get(PLATFORM, "/api/v1/cases/" + caseNumber).status()).isIn(403, 404);
    }

    @Test
    void membersReportingTheSameSubjectsAtOnceOpenOneCaseEach() throws Exception {
        List<String> codes = IntStream.range(0, 6).mapToObj(i -> TestIdentifiers.creditCode(random, "610304"))
                .toList();
        List<Map<String, Object>> batch = codes.stream()
                .map(code -> report("ENTERPRISE", "宝鸡市某某电子商务有限公司", code, null)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Map<String, Object>> reversed = new ArrayList<>(batch);
            java.util.Collections.reverse(reversed);
            List<Future<JsonNode>> answers = pool.invokeAll(List.<Callable<JsonNode>>of(
                    () -> send(PLATFORM, batch), () -> send(LOGISTICS, reversed)));
            for (Future<JsonNode> answer : answers) {
                assertThat(answer.get().get("accepted").asInt()).isEqualTo(codes.size());
            }
        } finally {
            pool.shutdown();
        }
        for (String code : codes) {
            assertThat(casesAbout(code)).as(code).hasSize(1);
        }
    }

    @Test
    void oneMemberAndAnOpenComplaintJoinTheComplaintsCase() {
        String creditCode = TestIdentifiers.creditCode(random, "610303");
        Api.Response complaint = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(creditCode));
        String complaintCase = complaint.json().get("caseNumber").asText();

        JsonNode answer = send(LOGISTICS, enterprise(creditCode, null));

        assertThat(answer.get("results").get(0).get("subjectStatus").asText()).isEqualTo("VERIFIED");
        assertThat(casesAbout(creditCode)).hasSize(1);
        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + complaintCase).json();
        assertThat(count(view.get("timeline"), "ALLIANCE_REPORT")).isEqualTo(1);
    }

    @Test
    void aBatchIsAnsweredReportByReport() {
        String valid = TestIdentifiers.creditCode(random, "610304");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> person = report("NATURAL_PERSON", "张三丰", null, null);
        Map<String, Object> future = report("ENTERPRISE", "某公司", valid, null);
        future.put("periodTo", LocalDate.now().plusDays(5).toString());
        JsonNode answer = api.postJson(PLATFORM, REPORTS, Map.of("reports", List.of(
                report("ENTERPRISE", "某公司", valid, null), report("ENTERPRISE", "某公司", wrongCheck, null),
                person, future))).json();

        assertThat(answer.get("accepted").asInt()).isEqualTo(1);
        assertThat(answer.get("rejected").asInt()).isEqualTo(3);
        assertThat(answer.get("results").get(1).get("problems").get(0).get("field").asText())
                .isEqualTo("subject.creditCode");
        assertThat(answer.get("results").get(2).get("problems").get(0).get("field").asText())
                .isEqualTo("subject.idNumber");
        assertThat(answer.get("results").get(3).get("problems").get(0).get("code").asText()).isEqualTo("future");
    }

    @Test
    void badRequestsAreProblemsNeverErrors() {
        for (Object body : List.of("{\"reports\": [", "{\"reports\": []}", "{}",
                "{\"reports\": [{\"indicators\": {\"orderCount\": \"many\"}}]}")) {
            Api.Response response = api.postJson(PLATFORM, REPORTS, body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get(PLATFORM, "/api/v1/alliance/feed?after=garbage").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", REPORTS + "?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", REPORTS + "?size=0").status()).isEqualTo(400);
    }

    @Test
    void theFeedSharesVerifiedSubjectsMaskedAndResumesAfterItsCursor() {
        String start = endOfFeed();
        String idNumber = TestIdentifiers.residentId(random);
        send(PLATFORM, List.of(report("NATURAL_PERSON", "张三丰", null, idNumber)));
        send(LOGISTICS, List.of(report("NATURAL_PERSON", "张三丰", null, idNumber)));

        JsonNode feed = api.get(LOGISTICS, "/api/v1/alliance/feed?after=" + start).json();

        assertThat(feed.get("items")).hasSize(1);
        JsonNode item = feed.get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("SUBJECT_VERIFIED");
        assertThat(item.get("subjectName").asText()).isEqualTo("张**");
        assertThat(item.get("idNumberMasked").asText()).isEqualTo(idNumber.substring(0, 6) + "********"
                + idNumber.substring(14));
        assertThat(item.get("reportingMembers").asInt()).isEqualTo(2);
        assertThat(feed.toString()).doesNotContain(idNumber, "张三丰", "demo-platform", "demo-logistics");
        assertThat(api.get(PLATFORM, "/api/v1/alliance/feed?after=" + feed.get("nextCursor").asText()).json()
                .get("items")).isEmpty();
    }

    @Test
    void everyChangeOfAListEntryReachesTheFeedMasked() {
        String start = endOfFeed();
        String idNumber = TestIdentifiers.residentId(random);
        ListEntry entry = transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("NATURAL_PERSON", "李小龙", null, idNumber, null), "CHAOXIN_BLACKLIST",
                EntrySource.LOCAL, "610302", "渭滨区电子商务领域严重失信专项治理工作小组", "组织刷单",
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(3), LocalDate.now().plusYears(1), "BJ-2026-1",
                null, null), "test"));
        transaction.executeWithoutResult(status -> registry.remove(entry.id(), "test", "撤销 / withdrawn"));

        JsonNode feed = api.get(PLATFORM, "/api/v1/alliance/feed?after=" + start).json();

        assertThat(feed.get("items")).hasSize(2);
        assertThat(feed.get("items").get(0).get("kind").asText()).isEqualTo("LIST_ENTRY");
        assertThat(feed.get("items").get(0).get("entryStatus").asText()).isEqualTo("ACTIVE");
        assertThat(feed.get("items").get(0).get("listType").asText()).isEqualTo("CHAOXIN_BLACKLIST");
        assertThat(feed.get("items").get(0).get("subjectName").asText()).isEqualTo("李**");
        assertThat(feed.get("items").get(1).get("entryStatus").asText()).isEqualTo("REMOVED");
        assertThat(feed.get("items").get(1).get("sequence").asLong())
                .isGreaterThan(feed.get("items").get(0).get("sequence").asLong());
        assertThat(feed.toString()).doesNotContain(idNumber, "李小龙");
    }

    @Test
    void membersReadOnlyTheirOwnReportsAndOthersAreForbidden() {
        String creditCode = TestIdentifiers.creditCode(random, "610323");
        send(LOGISTICS, enterprise(creditCode, null));

        JsonNode own = api.get(PLATFORM, REPORTS + "?size=100").json();
        own.get("reports").forEach(r -> assertThat(r.get("memberId").asText()).isEqualTo("demo-platform"));
        assertThat(own.toString()).doesNotContain(creditCode);
        assertThat(api.get(PLATFORM, REPORTS + "?memberId=demo-logistics").status()).isEqualTo(403);
        assertThat(api.get("demo-credit-office", REPORTS + "?memberId=demo-logistics&status=WAITING").json()
                .toString()).contains(creditCode);

        assertThat(api.postJson("demo-integrators", REPORTS, enterprise(creditCode, null)).status()).isEqualTo(403);
        assertThat(api.postJson("demo-credit-office", REPORTS, enterprise(creditCode, null)).status())
                .isEqualTo(403);
        assertThat(api.get("demo-integrators", REPORTS).status()).isEqualTo(403);
        assertThat(api.get("demo-county-610302", "/api/v1/alliance/feed").status()).isEqualTo(403);
        assertThat(api.get(PLATFORM, "/api/v1/alliance/members").status()).isEqualTo(403);
        assertThat(api.get(null, REPORTS).status()).isEqualTo(401);
    }

    @Test
    void theCreditOfficeRegistersAMemberWithItsOwnAccount() {
        String memberId = "shop-" + Integer.toString(random.nextInt(1 << 24), 36);
        Map<String, Object> body = new HashMap<>(Map.of("memberId", memberId, "name", "某网络科技有限公司",
                "kind", "INTERNET_COMPANY", "creditCode", TestIdentifiers.creditCode(random, "610302"),
                "contactEmail", "risk@" + memberId + ".example"));

        Api.Response created = api.postJson("demo-credit-office", "/api/v1/alliance/members", body);

        assertThat(created.status()).isEqualTo(201);
        String password = created.json().get("initialPassword").asText();
        String userId = created.json().get("userId").asText();
        assertThat(userId).isEqualTo("member-" + memberId);
        assertThat(identityService.checkPassword(userId, password)).isTrue();
        assertThat(identityService.createGroupQuery().groupMember(userId).list())
                .extracting(g -> g.getId()).containsExactlyInAnyOrder("alliance-members", "alliance-" + memberId);
        Api.Response again = api.postJson("demo-credit-office", "/api/v1/alliance/members", body);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").toString()).contains("memberId", "creditCode");
        assertThat(api.get("demo-credit-office", "/api/v1/alliance/members").json().toString())
                .contains(memberId).doesNotContain(password);
        assertThat(api.postJson("demo-integrators", "/api/v1/alliance/members", body).status()).isEqualTo(403);
    }

    /** The cursor after everything the feed holds now. */
    private String endOfFeed() {
        JsonNode page = api.get(PLATFORM, "/api/v1/alliance/feed?size=500").json();
        while (page.get("more").asBoolean()) {
            page = api.get(PLATFORM, "/api/v1/alliance/feed?size=500&after=" + page.get("nextCursor").asText())
                    .json();
        }
        return page.get("nextCursor").asText();
    }

    private JsonNode send(String member, Object reports) {
        @SuppressWarnings("unchecked")
        Object body = reports instanceof List<?> ? Map.of("reports", reports) : reports;
        Api.Response response = api.postJson(member, REPORTS, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Map<String, Object> enterprise(String creditCode, String referenceId) {
        Map<String, Object> report = report("ENTERPRISE", "宝鸡市某某电子商务有限公司", creditCode, null);
        if (referenceId != null) {
            report.put("referenceId", referenceId);
        }
        return Map.of("reports", List.of(report));
    }

    private static Map<String, Object> report(String type, String name, String creditCode, String idNumber) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", type);
        subject.put("name", name);
        if (creditCode != null) {
            subject.put("creditCode", creditCode);
        }
        if (idNumber != null) {
            subject.put("idNumber", idNumber);
        }
        subject.put("shopUrl", "https://shop.example.cn/" + (creditCode == null ? "p" : creditCode));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("subject", subject);
        report.put("indicators", Map.of("orderCount", 1200, "sharedAddresses", 14, "linkedAccounts", 37));
        report.put("periodFrom", LocalDate.now().minusDays(60).toString());
        report.put("periodTo", LocalDate.now().minusDays(1).toString());
        return report;
    }

    private List<Map<String, Object>> casesAbout(String creditCode) {
        return jdbc.sql("SELECT case_number, channel, process_instance_id FROM casefile_case WHERE credit_code = ?")
                .param(creditCode).query().listOfRows();
    }

    private JsonNode waitingReports() {
        return api.get("demo-credit-office", REPORTS + "?status=WAITING&size=100").json();
    }

    private static long count(JsonNode timeline, String kind) {
        List<JsonNode> entries = new ArrayList<>();
        timeline.forEach(entries::add);
        return entries.stream().filter(e -> kind.equals(e.path("kind").asText())).count();
    }
}

package cn.gov.baoji.credit.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/cases} on PostgreSQL: each caller lists exactly the cases it may open one by one, the filters
 * and the order, the capped total, and every wrong parameter named in one problem answer. The cases of this class
 * carry their own channel, so that the cases of other classes in the same database do not count.
 */
@PostgresIntegrationTest
class CaseSearchIT {

    private static final String CHANNEL = "SEARCH_IT";
    private static final List<String> CALLERS = List.of("demo-credit-office", "demo-supervisors",
            "demo-county-610303", "demo-county-610302", "demo-credit-investigator", "demo-integrators",
            "demo-associations", "demo-commerce");

    @LocalServerPort
    int port;
    @Autowired
    CaseFile caseFile;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    Api api;
    final Random random = new Random(11);

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void everyCallerListsExactlyTheCasesItMayOpenNewestFirstAndTheFiltersNarrowThem() {
        String investigated = open("宝鸡市渭滨区星辰电子商务有限公司", "demo-integrators", "610303", CaseStage.INVESTIGATION, null);
        String triage = open("陕西秦川网络科技有限公司", "demo-associations", null, CaseStage.TRIAGE, null);
        String notListed = open("宝鸡星辰商贸有限公司", "demo-integrators", "610302", CaseStage.NOT_LISTED, "NOT_LISTED");
        String listed = open("岐山县某某网店", "demo-commerce", "610303", CaseStage.LISTED, "KEY_ATTENTION");
        String countyOwn = open("扶风县某某专营店", "demo-county-610302", "610324", CaseStage.INVESTIGATION, null);
        List<String> ours = List.of(investigated, triage, notListed, listed, countyOwn);

        for (String caller : CALLERS) {
            List<String> mayOpen = ours.stream()
                    .filter(n -> api.get(caller, "/api/v1/cases/" + n).status() == 200)
                    .toList();
            List<String> newestFirst = new ArrayList<>(mayOpen);
            java.util.Collections.reverse(newestFirst);
            assertThat(cases(caller, Map.of())).as(caller).containsExactlyElementsOf(newestFirst);
        }
        assertThat(cases("demo-credit-office", Map.of())).containsExactly(countyOwn, listed, notListed, triage,
                investigated);
        assertThat(cases("demo-county-610303", Map.of())).containsExactly(listed, investigated);
        assertThat(cases("demo-integrators", Map.of())).containsExactly(notListed, investigated);
        assertThat(cases("demo-credit-investigator", Map.of())).containsExactly(countyOwn, listed, notListed,
                investigated);
        assertThat(cases("demo-county-610302", Map.of())).as("its county's and the one it submitted elsewhere")
                .containsExactly(countyOwn, notListed);

        String office = "demo-credit-office";
        assertThat(cases(office, Map.of("sort", "receivedAt"))).containsExactly(investigated, triage, notListed, listed,
                countyOwn);
        assertThat(cases(office, Map.of("status", "open"))).containsExactly(countyOwn, listed, triage, investigated);
        assertThat(cases(office, Map.of("status", "CLOSED"))).containsExactly(notListed);
        assertThat(cases(office, Map.of("stage", "LISTED", "listType", "key_attention"))).containsExactly(listed);
        assertThat(cases(office, Map.of("county", "610302"))).containsExactly(notListed);
        assertThat(cases(office, Map.of("subject", "星辰"))).containsExactly(notListed, investigated);
        String code = jdbc.sql("SELECT credit_code FROM casefile_case WHERE case_number = ?").param(investigated)
                .query(String.class).single();
        assertThat(cases(office, Map.of("subject", code.toLowerCase(java.util.Locale.ROOT)))).containsExactly(investigated);
        String today = LocalDate.now(CaseFile.BAOJI).toString();
        assertThat(cases(office, Map.of("receivedFrom", today, "receivedTo", today))).hasSize(5);
        assertThat(cases(office, Map.of("receivedFrom", LocalDate.now(CaseFile.BAOJI).plusDays(1).toString()))).isEmpty();

        JsonNode secondPage = page(office, Map.of("size", "3", "page", "1", "channel", CHANNEL));
        assertThat(secondPage.get("cases")).extracting(c -> c.get("caseNumber").asText())
                .containsExactly(triage, investigated);
        assertThat(secondPage.get("total").asLong()).isEqualTo(5);
        assertThat(secondPage.get("totalExact").asBoolean()).isTrue();
        JsonNode item = page(office, Map.of("stage", "LISTED", "channel", CHANNEL)).get("cases").get(0);
        assertThat(item.get("status").asText()).isEqualTo("OPEN");
        assertThat(item.get("subject").get("name").asText()).isEqualTo("岐山县某某网店");
        assertThat(item.get("countyCode").asText()).isEqualTo("610303");
        assertThat(item.has("timeline")).as("the list carries no timeline").isFalse();
    }

    @Test
    void aTotalBeyondTheCapIsSaidToBeInexactAndPagesBeyondItAreRefused() {
        jdbc.sql("""
                INSERT INTO casefile_case (case_number, stage, channel, category, subject_type, subject_name,
                    submitted_by, received_at, updated_at)
                SELECT 'BJDS-2001-' || lpad(n::text, 6, '0'), 'REJECTED', 'CAP_IT', 'FAKE_ORDERS', 'ENTERPRISE',
                    '某网店' || n, 'demo-integrators', now() - n * interval '1 minute', now()
                FROM generate_series(1, 10050) AS n""").update();

        JsonNode first = page("demo-credit-office", Map.of("channel", "CAP_IT"));
        assertThat(first.get("total").asLong()).isEqualTo(10_000);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        assertThat(first.get("cases").get(0).get("caseNumber").asText()).isEqualTo("BJDS-2001-000001");
        assertThat(page("demo-credit-office", Map.of("channel", "CAP_IT", "page", "499")).get("cases")).hasSize(20);

        Api.Response beyond = get("demo-credit-office", Map.of("channel", "CAP_IT", "page", "500"));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().get("errors").findValuesAsText("field")).containsExactly("page");
    }

    @Test
    void everyWrongParameterIsNamedInOneProblemAndNothingAnswers500() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("status", "PENDING");
        wrong.put("county", "6103");
        wrong.put("channel", "web portal");
        wrong.put("receivedFrom", "2026-13-01");
        wrong.put("size", "0");
        wrong.put("sort", "subjectName");
        Api.Response refused = get("demo-credit-office", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "county", "channel", "receivedFrom", "size", "sort");

        assertThat(get("demo-credit-office", Map.of("status", "CLOSED", "stage", "LISTED")).json().get("errors")
                .findValuesAsText("code")).containsExactly("conflict");
        assertThat(get("demo-credit-office", Map.of("receivedFrom", "2026-06-02", "receivedTo", "2026-06-01"))
                .status()).isEqualTo(400);
        assertThat(get("demo-credit-office", Map.of("subject", "名".repeat(101))).status()).isEqualTo(400);
        assertThat(get("demo-credit-office", Map.of("page", "abc")).status()).isEqualTo(400);
        assertThat(get("demo-credit-office", Map.of("size", "99999999999")).status()).isEqualTo(400);
        assertThat(get(null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void aNameSearchCanUseTheTrigramIndex() {
        List<String> plan = transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();   // a small table: ask whether the index can serve
            return jdbc.sql("EXPLAIN SELECT * FROM casefile_case WHERE subject_name LIKE '%星辰电子%'")
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("casefile_case_name_trgm_idx");
    }

    private String open(String name, String submittedBy, String county, CaseStage stage, String listType) {
        return transaction.execute(status -> openIn(name, submittedBy, county, stage, listType));
    }

    private String openIn(String name, String submittedBy, String county, CaseStage stage, String listType) {
        String caseNumber = caseFile.nextCaseNumber().value();
        caseFile.open(new NewCase(caseNumber, CHANNEL, "FAKE_ORDERS", "ENTERPRISE", name,
                TestIdentifiers.creditCode(random, county == null ? "610302" : county),
                county == null ? "610302" : county, submittedBy));
        if (county != null) {
            caseFile.routeTo(caseNumber, county);
        }
        if (listType != null) {
            caseFile.designated(caseNumber, listType);
        }
        caseFile.moveTo(caseNumber, stage);
        return caseNumber;
    }

    private List<String> cases(String caller, Map<String, String> parameters) {
        Map<String, String> ours = new LinkedHashMap<>(parameters);
        ours.put("channel", CHANNEL);
        JsonNode page = page(caller, ours);
        List<String> numbers = new ArrayList<>();
        page.get("cases").forEach(c -> numbers.add(c.get("caseNumber").asText()));
        assertThat(page.get("total").asLong()).isEqualTo(numbers.size());
        return numbers;
    }

    private JsonNode page(String caller, Map<String, String> parameters) {
        Api.Response response = get(caller, parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Api.Response get(String caller, Map<String, String> parameters) {
        StringBuilder path = new StringBuilder("/api/v1/cases");
        String separator = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            path.append(separator).append(p.getKey()).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return api.get(caller, path.toString());
    }
}

package cn.gov.baoji.credit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Intake over HTTP on PostgreSQL: authentication, validation, idempotency, the case it opens. */
@PostgresIntegrationTest
class ComplaintIntakeIT {

    static final String PATH = "/api/v1/complaints";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    Api api;
    final Random random = new Random(20260319);

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void complaintOpensACaseWaitingForTriageWithoutReporterDataInTheEngine() {
        Api.Response created = api.postJson("demo-integrators", PATH, Complaints.aboutEnterprise(random, "610303"));

        assertThat(created.status()).isEqualTo(201);
        String caseNumber = created.json().get("caseNumber").asText();
        assertThat(caseNumber).matches("BJDS-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + caseNumber);
        assertThat(created.json().get("status").asText()).isEqualTo("TRIAGE");

        var view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("subject").get("districtCode").asText()).isEqualTo("610303");
        assertThat(view.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("triageComplaint");
        assertThat(view.get("openTasks").get(0).get("candidateGroups").toString()).contains("credit-office");
        assertThat(view.get("timeline").toString()).contains("RECEIVED", "ROUTED");

        String pi = created.json().get("processInstanceId").asText();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .isEqualTo(1);
        assertThat(runtimeService.getVariables(pi).toString()).doesNotContain("王秀英", "13912345678", "wang.xiuying");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .extracting(v -> String.valueOf(v.getValue()))
                .noneMatch(value -> value.contains("王秀英") || value.contains("13912345678"));
        assertThat(jdbc.sql("SELECT reporter_phone FROM intake_complaint WHERE case_number = ?").param(caseNumber)
                .query(String.class).single()).isEqualTo("13912345678");
    }

    @Test
    void withoutCredentialsEverythingIs401() {
        assertThat(api.postJson(null, PATH, Complaints.aboutEnterprise(random, "610302")).status()).isEqualTo(401);
        assertThat(api.get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/cases/BJDS-2026-000001").status()).isEqualTo(401);
        Api.Response wrongPassword = api.get("nobody-known", "/engine-rest/task");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void callersWithoutTheRightGet403() {
        assertThat(api.postJson("demo-supervisors", PATH, Complaints.aboutEnterprise(random, "610302")).status())
                .isEqualTo(403);
        assertThat(api.postJson("demo-credit-investigator", PATH, Complaints.aboutEnterprise(random, "610302"))
                .status()).isEqualTo(403);
        assertThat(api.get("demo-county-610302", "/api/v1/outbound-calls").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/outbound-calls").status()).isEqualTo(200);
    }

    static Stream<Arguments> invalidComplaints() {
        Random random = new Random(7);
        String valid = TestIdentifiers.creditCode(random, "610302");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        return Stream.of(
                invalid("credit code check character", "subject.creditCode",
                        b -> Complaints.subject(b).put("creditCode", wrongCheck)),
                invalid("credit code with a forbidden letter", "subject.creditCode",
                        b -> Complaints.subject(b).put("creditCode", "91610302MA6X0000OI")),
                invalid("ID number check character", "subject.idNumber", b -> {
                    Complaints.subject(b).put("type", "NATURAL_PERSON");
                    String id = TestIdentifiers.residentId(random);
                    Complaints.subject(b).put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
                }),
                invalid("enterprise without credit code", "subject.creditCode",
                        b -> Complaints.subject(b).remove("creditCode")),
                invalid("no way to reach the reporter", "reporter.phone", b -> {
                    Complaints.reporter(b).remove("phone");
                    Complaints.reporter(b).remove("email");
                }),
                invalid("unknown channel", "channel", b -> b.put("channel", "TELEPATHY")),
                invalid("missing category", "category", b -> b.remove("category")),
                invalid("description too short", "description", b -> b.put("description", "刷单")),
                invalid("period in the wrong order", "occurredTo", b -> b.put("occurredTo", "2025-01-01")),
                invalid("future period", "occurredFrom", b -> b.put("occurredFrom", "2999-01-01")),
                invalid("not a date", "occurredFrom", b -> b.put("occurredFrom", "yesterday")),
                invalid("name is a number", "subject.name", b -> Complaints.subject(b).put("name", 12345)),
                invalid("store address not a URL", "subject.storeUrl",
                        b -> Complaints.subject(b).put("storeUrl", "javascript:alert(1)")),
                invalid("reference too long", "externalReference", b -> b.put("externalReference", "x".repeat(65))),
                invalid("district not a code", "subject.districtCode",
                        b -> Complaints.subject(b).put("districtCode", "Weibin")));
    }

    private static Arguments invalid(String what, String field, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(what, field, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidComplaints")
    void invalidComplaintIsRefusedFieldByFieldAndNothingIsStored(String what, String field,
                                                                   Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = Complaints.aboutEnterprise(random, "610302");
        breakIt.accept(body);
        long casesBefore = count("casefile_case");

        Api.Response refused = api.postJson("demo-integrators", PATH, body);

        assertThat(refused.status()).as(what).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).contains(field);
        assertThat(count("casefile_case")).isEqualTo(casesBefore);
    }

    @Test
    void malformedAndOversizeBodiesAreRefusedNever500() {
        assertThat(api.postJson("demo-integrators", PATH, "{\"channel\": \"PUBLIC\",").status()).isEqualTo(400);
        assertThat(api.postJson("demo-integrators", PATH, "").status()).isEqualTo(400);
        assertThat(api.postJson("demo-integrators", PATH, "[1,2,3]").status()).isEqualTo(400);
        assertThat(api.postJson("demo-integrators", PATH, "\"just a string\"").status()).isEqualTo(400);
        Map<String, Object> huge = Complaints.aboutEnterprise(random, "610302");
        huge.put("description", "刷".repeat(200_000));
        assertThat(api.postJson("demo-integrators", PATH, huge).status()).isEqualTo(413);
        Api.Response plainText = api.post("demo-integrators", PATH, "text/plain", "please investigate");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.json().get("type").asText()).endsWith("unsupported-media-type");
        assertThat(api.get("demo-integrators", PATH).status()).isEqualTo(405);
        assertThat(api.get("demo-credit-office", "/api/v1/cases/not-a-case").status()).isEqualTo(400);
        assertThat(api.get("demo-credit-office", "/api/v1/cases/BJDS-2026-999999").status()).isEqualTo(404);
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameCaseAndADifferentBodyIs422() {
        Map<String, Object> body = Complaints.aboutEnterprise(random, "610304");
        Api.Response first = api.postJson("demo-integrators", PATH, body, "Idempotency-Key", "order-4711");
        Api.Response again = api.postJson("demo-integrators", PATH, body, "Idempotency-Key", "order-4711");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("caseNumber")).isEqualTo(first.json().get("caseNumber"));

        body.put("description", "另一份完全不同的投诉内容，不应复用同一个键。");
        Api.Response changed = api.postJson("demo-integrators", PATH, body, "Idempotency-Key", "order-4711");
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json().get("type").asText()).endsWith("idempotency-key-reused");

        // the key belongs to the caller: another integrator may use the same one
        Api.Response otherCaller = api.postJson("demo-credit-office", PATH, body, "Idempotency-Key", "order-4711");
        assertThat(otherCaller.status()).isEqualTo(201);
    }

    @Test
    void externalReferenceIsAnIdempotencyKeyToo() {
        Map<String, Object> body = Complaints.aboutEnterprise(random, "610305");
        body.put("externalReference", "12315-2026-0042");
        Api.Response first = api.postJson("demo-integrators", PATH, body);
        Api.Response again = api.postJson("demo-integrators", PATH, body);
        assertThat(List.of(first.status(), again.status())).containsExactly(201, 200);
        assertThat(again.json().get("caseNumber")).isEqualTo(first.json().get("caseNumber"));
    }

    @Test
    void concurrentDuplicatesCreateOneCase() throws Exception {
        Map<String, Object> body = Complaints.aboutEnterprise(random, "610323");
        String key = "burst-" + random.nextInt(1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Response>> requests = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                requests.add(() -> api.postJson("demo-integrators", PATH, body, "Idempotency-Key", key));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : pool.invokeAll(requests)) {
                responses.add(future.get());
            }
            assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201);
            assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
            assertThat(responses).extracting(r -> r.json().get("caseNumber").asText()).containsOnly(
                    responses.get(0).json().get("caseNumber").asText());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM intake_complaint WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery()
                .variableValueEquals("subjectCreditCode", Complaints.subject(body).get("creditCode")).count())
                .isEqualTo(1);
    }

    @Test
    void naturalPersonsNameIsMaskedInTheProcessAndTheDistrictComesFromTheIdNumber() {
        Map<String, Object> body = Complaints.aboutEnterprise(random, "610302");
        Map<String, Object> subject = Complaints.subject(body);
        subject.remove("creditCode");
        subject.put("type", "NATURAL_PERSON");
        subject.put("name", "李建国");
        subject.put("idNumber", TestIdentifiers.residentId(random, "610327", java.time.LocalDate.of(1985, 5, 17)));
        Api.Response created = api.postJson("demo-integrators", PATH, body);
        assertThat(created.status()).isEqualTo(201);
        String pi = created.json().get("processInstanceId").asText();
        assertThat(runtimeService.getVariable(pi, "subjectName")).isEqualTo("李**");
        assertThat(runtimeService.getVariable(pi, "subjectDistrictCode")).isEqualTo("610327");
        assertThat(runtimeService.getVariables(pi).values().toString()).doesNotContain(
                (String) subject.get("idNumber"));
    }

    @Test
    void evidenceIsCheckedByContentAndListedOnTheCase() {
        String caseNumber = api.postJson("demo-integrators", PATH, Complaints.aboutEnterprise(random, "610324"))
                .json().get("caseNumber").asText();
        String path = "/api/v1/cases/" + caseNumber + "/evidence";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n% screenshot of the shop\n%%EOF".getBytes();

        Api.Response stored = api.postMultipart("demo-integrators", path, Map.of("shop.png", png, "orders.pdf", pdf));
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.json().findValuesAsText("mediaType")).containsExactlyInAnyOrder("image/png",
                "application/pdf");
        assertThat(stored.json().findValuesAsText("sha256")).allMatch(sha -> sha.matches("[0-9a-f]{64}"));

        Api.Response disguised = api.postMultipart("demo-integrators", path,
                Map.of("invoice.pdf", "MZ\u0090\u0000 not really a pdf".getBytes()));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(api.postMultipart("demo-supervisors", path, Map.of("shop.png", png)).status()).isEqualTo(403);
        assertThat(api.postMultipart("demo-county-610330", path, Map.of("shop.png", png)).status()).isEqualTo(404);

        var view = api.get("demo-integrators", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("evidence").findValuesAsText("fileName")).containsExactlyInAnyOrder("shop.png",
                "orders.pdf");
        assertThat(Set.copyOf(view.get("timeline").findValuesAsText("kind"))).contains("EVIDENCE_ADDED");
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}

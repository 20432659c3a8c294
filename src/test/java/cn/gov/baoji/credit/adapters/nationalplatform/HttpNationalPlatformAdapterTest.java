package cn.gov.baoji.credit.adapters.nationalplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.AgencyRejectedException;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCall;
import cn.gov.baoji.credit.adapters.OutboundCallDatabase;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.nationalplatform.http.HttpNationalPlatformAdapter;
import cn.gov.baoji.credit.adapters.nationalplatform.sandbox.SandboxNationalPlatformAdapter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

/**
 * The HTTP adapter of the national platform against a WireMock platform (agencies/national-platform.yaml):
 * {@code POST /feedback/{kind}} with Idempotency-Key, HTTP Basic and the outbox's JSON as the body; 2xx and 409
 * delivered, other 4xx refused, 5xx and network failures unavailable; every attempt in a real outbound call log
 * (H2). Also the sandbox adapter and the configuration that chooses between them.
 */
class HttpNationalPlatformAdapterTest {

    static final String USER = "engine";
    static final String PASSWORD = "s3cret";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    /** Generous, so that a cold JVM and server never fail a test that expects an answer. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    /** For the test that proves a slow platform is unavailable. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);
    static final String CASE = "BJDS-2026-000001";
    static final String ID_NUMBER = "610302199001011237";

    static final String ENTRY_LISTED = """
            {"entryId": "LE-2026-000042", "change": "LISTED", "status": "ACTIVE", "listType": "CHAOXIN_BLACKLIST",
             "source": "LOCAL", "subjectType": "INDIVIDUAL", "subjectName": "张三", "idNumber": "%s",
             "designatingAuthority": "宝鸡市发展和改革委员会", "basis": "组织炒信",
             "decisionDate": "2026-03-10", "validFrom": "2026-03-10", "validUntil": "2029-03-09",
             "caseNumber": "%s", "occurredAt": "2026-03-10T02:00:00Z"}
            """.formatted(ID_NUMBER, CASE);

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final OutboundCallDatabase database = new OutboundCallDatabase();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);
    private OutboundCallLog log;
    private NationalPlatformPort adapter;

    @BeforeEach
    void adapter() {
        log = database.emptyLog(clock);
        adapter = adapter(platform.baseUrl() + "/api", READ_TIMEOUT);
    }

    private NationalPlatformPort adapter(String baseUrl, Duration readTimeout) {
        var endpoint = new AgencyEndpoint(NationalPlatformPort.AGENCY, URI.create(baseUrl), Duration.ofSeconds(2),
                readTimeout, USER, PASSWORD);
        return new HttpNationalPlatformAdapter(AgencyRestClients.create(RestClient.builder(), endpoint), log);
    }

    // ------------------------------------------------------------------ the request

    @ParameterizedTest(name = "{0} → POST /feedback/{1}")
    @CsvSource({"ENTRY_LISTED, entry-listed", "ENTRY_CHANGED, entry-changed", "ENTRY_REMOVED, entry-removed",
            "MEASURES_REPORTED, measures-reported", "STATISTICS, statistics"})
    void postsEachKindToItsPathWithKeyBasicAuthAndThePayloadAsJson(FeedbackKind kind, String path) {
        answer(aResponse().withStatus(202));
        String key = "feedback:" + kind.name().toLowerCase() + ":42";

        adapter.deliver(new FeedbackItem(key, kind, CASE, ENTRY_LISTED));

        assertThat(kind.path()).isEqualTo(path);
        platform.verify(1, postRequestedFor(urlPathEqualTo("/api/feedback/" + path))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson(ENTRY_LISTED)));
        assertThat(platform.getAllServeEvents()).hasSize(1);
        OutboundCall call = recorded(key);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.SENT);
        assertThat(call.operation()).isEqualTo(path);
        assertThat(call.mode()).isEqualTo(AdapterMode.HTTP);
        assertThat(call.caseNumber()).isEqualTo(CASE);
        assertThat(call.attempts()).isEqualTo(1);
        assertThat(call.request()).isEqualTo("{\"kind\":\"" + kind.name() + "\"}");
    }

    /** The CsvSource above names every kind there is. */
    @Test
    void everyFeedbackKindHasAKebabCasePath() {
        assertThat(Arrays.stream(FeedbackKind.values()).map(FeedbackKind::path)).containsExactly("entry-listed",
                "entry-changed", "entry-removed", "measures-reported", "statistics");
    }

    /** The body is the JSON document itself: an object, never a string holding JSON text. */
    @Test
    void theBodyIsTheJsonDocumentNotAQuotedString() throws Exception {
        answer(aResponse().withStatus(202));

        adapter.deliver(new FeedbackItem("k-body", FeedbackKind.ENTRY_LISTED, CASE, ENTRY_LISTED));

        String body = onlyRequest().getBodyAsString();
        assertThat(body).startsWith("{").doesNotStartWith("\"").doesNotContain("\\\"");
        assertThat(new ObjectMapper().readTree(body).get("subjectName").asText()).isEqualTo("张三");
        assertThat(new ObjectMapper().readTree(body).get("idNumber").asText()).isEqualTo(ID_NUMBER);
    }

    static Stream<String> generatedPayloads() {
        Random random = new Random(2026L);
        return IntStream.range(0, 25).mapToObj(i -> json(randomObject(random, 0)));
    }

    /** Generated documents (nested objects, arrays, numbers, Chinese text, nulls) arrive as they were queued. */
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("generatedPayloads")
    void anyJsonPayloadArrivesUnchanged(String payload) {
        answer(aResponse().withStatus(200));

        adapter.deliver(new FeedbackItem("k-generated", FeedbackKind.STATISTICS, null, payload));

        platform.verify(postRequestedFor(urlPathEqualTo("/api/feedback/statistics"))
                .withRequestBody(equalToJson(payload)));
        assertThat(recorded("k-generated").caseNumber()).isNull();
    }

    /** The outbox wrote the payload; if it is not JSON, nothing is sent, the attempt is logged and fails. */
    @Test
    void aPayloadThatIsNotJsonIsNotSentAndFails() {
        answer(aResponse().withStatus(202));
        var item = new FeedbackItem("k-broken", FeedbackKind.ENTRY_LISTED, CASE, "{\"idNumber\": \"" + ID_NUMBER);

        assertThatThrownBy(() -> adapter.deliver(item)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not JSON").hasMessageNotContaining(ID_NUMBER);
        platform.verify(0, anyRequestedFor(anyUrl()));
        assertThat(recorded("k-broken").outcome()).isEqualTo(OutboundCallOutcome.FAILED);
    }

    /** The log keeps the kind only: the payload holds names and ID numbers. */
    @Test
    void theCallLogKeepsNoPersonalDataOfThePayload() {
        answer(aResponse().withStatus(202));

        adapter.deliver(new FeedbackItem("k-private", FeedbackKind.ENTRY_LISTED, CASE, ENTRY_LISTED));

        assertThat(recorded("k-private").request()).doesNotContain(ID_NUMBER, "张三", "idNumber");
        assertThat(new FeedbackItem("k", FeedbackKind.ENTRY_LISTED, CASE, ENTRY_LISTED).toString())
                .doesNotContain(ID_NUMBER, "张三");
    }

    // ------------------------------------------------------------------ outcomes

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {200, 201, 202, 204, 409})
    void twoHundredsAndConflictAreDelivered(int status) {
        answer(aResponse().withStatus(status).withBody(status == 409 ? "{\"message\":\"already received\"}" : ""));

        adapter.deliver(new FeedbackItem("k-" + status, FeedbackKind.ENTRY_CHANGED, CASE, ENTRY_LISTED));

        assertThat(recorded("k-" + status).outcome()).isEqualTo(OutboundCallOutcome.SENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void serverErrorsAreUnavailable(int status) {
        answer(aResponse().withStatus(status));

        AgencyUnavailableException thrown = unavailable("k-" + status);

        assertThat(thrown).hasMessageContaining(String.valueOf(status)).hasMessageContaining("/feedback/entry-removed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 413, 422})
    void otherClientErrorsAreRefusals(int status) {
        answer(aResponse().withStatus(status).withBody("{\"message\":\"refused\"}"));
        var item = new FeedbackItem("k-" + status, FeedbackKind.ENTRY_REMOVED, CASE, ENTRY_LISTED);

        var thrown = catchThrowableOfType(AgencyRejectedException.class, () -> adapter.deliver(item));

        assertThat(thrown).isNotNull().hasMessageContaining(String.valueOf(status))
                .hasMessageContaining("k-" + status).hasMessageNotContaining(ID_NUMBER);
        assertFailedOnce("k-" + status);
    }

    /** Redirects are not followed: an agency that moved is a configuration problem, retried then an incident. */
    @Test
    void aRedirectIsUnavailable() {
        answer(aResponse().withStatus(302).withHeader("Location", platform.baseUrl() + "/elsewhere"));

        unavailable("k-302");
    }

    @Test
    void aResetConnectionIsUnavailable() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        unavailable("k-reset");
    }

    @Test
    void anEmptyResponseIsUnavailable() {
        answer(aResponse().withFault(Fault.EMPTY_RESPONSE));

        unavailable("k-empty");
    }

    @Test
    void aPlatformSlowerThanTheReadTimeoutIsUnavailable() {
        adapter = adapter(platform.baseUrl() + "/api", SHORT_READ_TIMEOUT);
        answer(aResponse().withStatus(202).withFixedDelay((int) SHORT_READ_TIMEOUT.toMillis() * 5));

        unavailable("k-slow");
    }

    @Test
    void aRefusedConnectionIsUnavailable() {
        adapter = adapter("http://127.0.0.1:1/api", READ_TIMEOUT);
        var item = new FeedbackItem("k-refused", FeedbackKind.ENTRY_REMOVED, CASE, ENTRY_LISTED);

        assertThatThrownBy(() -> adapter.deliver(item)).isInstanceOf(AgencyUnavailableException.class);
        assertThat(recorded("k-refused").outcome()).isEqualTo(OutboundCallOutcome.FAILED);
    }

    /** The job retries under the same key: one row in the log, every attempt counted, the last outcome kept. */
    @Test
    void aRetryAfterAnOutageIsOneCallWithEveryAttemptCounted() {
        platform.stubFor(post(urlPathEqualTo("/api/feedback/measures-reported")).inScenario("outage")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        platform.stubFor(post(urlPathEqualTo("/api/feedback/measures-reported")).inScenario("outage")
                .whenScenarioStateIs("second").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("up"));
        platform.stubFor(post(urlPathEqualTo("/api/feedback/measures-reported")).inScenario("outage")
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(202)));
        var item = new FeedbackItem("measures:LE-42:customs", FeedbackKind.MEASURES_REPORTED, CASE, "{\"n\": 1}");

        assertThatThrownBy(() -> adapter.deliver(item)).isInstanceOf(AgencyUnavailableException.class);
        assertThat(recorded(item.idempotencyKey()).outcome()).isEqualTo(OutboundCallOutcome.FAILED);
        assertThatThrownBy(() -> adapter.deliver(item)).isInstanceOf(AgencyUnavailableException.class);
        adapter.deliver(item);

        OutboundCall call = recorded(item.idempotencyKey());
        assertThat(call.attempts()).isEqualTo(3);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.SENT);
        assertThat(database.rows()).isEqualTo(1);
        assertThat(platform.findAll(postRequestedFor(urlPathEqualTo("/api/feedback/measures-reported"))))
                .hasSize(3).extracting(request -> request.getHeader("Idempotency-Key"))
                .containsOnly("measures:LE-42:customs");
    }

    /** A re-run after the platform took the report: it answers 409, which is delivered too. */
    @Test
    void aRerunThatThePlatformAlreadyHasIsDeliveredAgain() {
        platform.stubFor(post(urlPathEqualTo("/api/feedback/entry-listed")).inScenario("rerun")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(202)).willSetStateTo("known"));
        platform.stubFor(post(urlPathEqualTo("/api/feedback/entry-listed")).inScenario("rerun")
                .whenScenarioStateIs("known").willReturn(aResponse().withStatus(409)));
        var item = new FeedbackItem("entry:LE-42:LISTED", FeedbackKind.ENTRY_LISTED, CASE, ENTRY_LISTED);

        adapter.deliver(item);
        adapter.deliver(item);

        assertThat(recorded(item.idempotencyKey())).extracting(OutboundCall::attempts, OutboundCall::outcome)
                .containsExactly(2, OutboundCallOutcome.SENT);
    }

    // ------------------------------------------------------------------ targets designated elsewhere

    static final String TARGET_PAGE = """
            {"targets": [
              {"entryId": "CN-2026-1", "source": "NATIONAL", "listType": "CHAOXIN_BLACKLIST",
               "subjectType": "NATURAL_PERSON", "subjectName": "张三", "idNumber": "%s",
               "designatingAuthority": "国家发展改革委", "basis": "组织炒信", "decisionDate": "2026-02-01",
               "validUntil": "2029-01-31", "status": "ACTIVE", "unknownField": 1},
              {"entryId": "SN-7", "source": "PROVINCIAL", "status": "WITHDRAWN", "withdrawalReason": "信用修复"}],
             "nextCursor": "c-2", "more": true}
            """.formatted(ID_NUMBER);

    @Test
    void pullsAPageOfTargetsSinceTheCursorWithKeyAndBasicAuth() {
        platform.stubFor(get(urlPathEqualTo("/api/targets")).willReturn(okJson(TARGET_PAGE)));

        TargetPage page = adapter.targetsChangedSince("c-1", 500);

        platform.verify(getRequestedFor(urlPathEqualTo("/api/targets")).withQueryParam("since", equalTo("c-1"))
                .withQueryParam("limit", equalTo("500")).withHeader("Idempotency-Key", equalTo("targets:c-1"))
                .withHeader("Authorization", equalTo(BASIC)));
        assertThat(page.nextCursor()).isEqualTo("c-2");
        assertThat(page.more()).isTrue();
        assertThat(page.targets()).containsExactly(
                new DesignatedTarget("CN-2026-1", "NATIONAL", "CHAOXIN_BLACKLIST", "NATURAL_PERSON", "张三", null,
                        ID_NUMBER, null, "国家发展改革委", "组织炒信", "2026-02-01", "2029-01-31", false, null),
                new DesignatedTarget("SN-7", "PROVINCIAL", null, null, null, null, null, null, null, null, null, null,
                        true, "信用修复"));
        OutboundCall call = recorded("targets:c-1");
        assertThat(call.operation()).isEqualTo("targets-changed");
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FOUND);
        assertThat(call.request()).doesNotContain(ID_NUMBER, "张三");
        assertThat(page.targets().get(0).toString()).doesNotContain(ID_NUMBER, "张三");
    }

    @Test
    void theFirstPullHasNoCursorAndAnEmptyPageIsNotFound() {
        platform.stubFor(get(urlPathEqualTo("/api/targets"))
                .willReturn(okJson("{\"targets\": [], \"nextCursor\": \"c-0\", \"more\": false}")));

        TargetPage page = adapter.targetsChangedSince(null, 10);

        assertThat(page.targets()).isEmpty();
        assertThat(platform.findAll(getRequestedFor(urlPathEqualTo("/api/targets"))).get(0).queryParameter("since")
                .isPresent()).isFalse();
        assertThat(recorded("targets:").outcome()).isEqualTo(OutboundCallOutcome.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableTargetAnswers")
    void anyOtherAnswerToThePullIsUnavailable(String what, ResponseDefinitionBuilder answer) {
        platform.stubFor(get(urlPathEqualTo("/api/targets")).willReturn(answer));

        assertThatThrownBy(() -> adapter.targetsChangedSince("c-" + what, 10))
                .isInstanceOf(AgencyUnavailableException.class).hasMessageNotContaining(ID_NUMBER);
        assertFailedOnce("targets:c-" + what);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> unusableTargetAnswers() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("500", aResponse().withStatus(500)),
                org.junit.jupiter.params.provider.Arguments.of("404", aResponse().withStatus(404)),
                org.junit.jupiter.params.provider.Arguments.of("401", aResponse().withStatus(401)),
                org.junit.jupiter.params.provider.Arguments.of("reset",
                        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                org.junit.jupiter.params.provider.Arguments.of("not-json", okJson("{\"targets\": [")),
                org.junit.jupiter.params.provider.Arguments.of("no-cursor", okJson("{\"targets\": [], \"more\": false}")),
                org.junit.jupiter.params.provider.Arguments.of("empty", aResponse().withStatus(200)));
    }

    @Test
    void theSandboxPagesThroughItsFixtureAndLogsEachPull() {
        List<DesignatedTarget> fixture = IntStream.range(0, 5).mapToObj(i -> new DesignatedTarget("S-" + i,
                "NATIONAL", "CHAOXIN_BLACKLIST", "ENTERPRISE", "n", "c", null, null, "a", "b", "2026-01-01",
                "2027-01-01", false, null)).toList();
        var sandbox = new SandboxNationalPlatformAdapter(log, fixture);

        TargetPage first = sandbox.targetsChangedSince(null, 2);
        TargetPage last = sandbox.targetsChangedSince("4", 2);
        TargetPage after = sandbox.targetsChangedSince(last.nextCursor(), 2);

        assertThat(first.targets()).extracting(DesignatedTarget::originEntryId).containsExactly("S-0", "S-1");
        assertThat(first).extracting(TargetPage::nextCursor, TargetPage::more).containsExactly("2", true);
        assertThat(last.targets()).extracting(DesignatedTarget::originEntryId).containsExactly("S-4");
        assertThat(last.more()).isFalse();
        assertThat(after.targets()).isEmpty();
        assertThat(new SandboxNationalPlatformAdapter(log).targetsChangedSince(null, 10).targets()).isEmpty();
        assertThat(recorded("targets:0")).extracting(OutboundCall::mode, OutboundCall::operation)
                .containsExactly(AdapterMode.SANDBOX, "targets-changed");
        assertThat(recorded("targets:5").outcome()).isEqualTo(OutboundCallOutcome.NOT_FOUND);
        platform.verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ sandbox

    @ParameterizedTest(name = "{0}")
    @EnumSource(FeedbackKind.class)
    void theSandboxRecordsEveryKindAsSentWithoutCallingAnything(FeedbackKind kind) {
        var sandbox = new SandboxNationalPlatformAdapter(log);

        sandbox.deliver(new FeedbackItem("sandbox-" + kind, kind, CASE, ENTRY_LISTED));

        OutboundCall call = recorded("sandbox-" + kind);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.SENT);
        assertThat(call.mode()).isEqualTo(AdapterMode.SANDBOX);
        assertThat(call.operation()).isEqualTo(kind.path());
        assertThat(call.caseNumber()).isEqualTo(CASE);
        assertThat(call.request()).isEqualTo("{\"kind\":\"" + kind.name() + "\"}");
        assertThat(sandbox.agencyName()).isEqualTo("national-platform");
        platform.verify(0, anyRequestedFor(anyUrl()));
    }

    /** The sandbox does not look at the payload: it never fails on one. */
    @Test
    void theSandboxRecordsARepeatedKeyAsAnotherAttempt() {
        var sandbox = new SandboxNationalPlatformAdapter(log);
        var item = new FeedbackItem("statistics:2026-Q1", FeedbackKind.STATISTICS, null, "not even JSON");

        sandbox.deliver(item);
        sandbox.deliver(item);

        assertThat(recorded("statistics:2026-Q1")).extracting(OutboundCall::attempts, OutboundCall::caseNumber)
                .containsExactly(2, null);
    }

    // ------------------------------------------------------------------ configuration

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
            .withUserConfiguration(NationalPlatformConfiguration.class)
            .withBean(OutboundCallLog.class, () -> log);

    @Test
    void sandboxUnlessConfigured() {
        context.run(app -> assertThat(app).getBean(NationalPlatformPort.class)
                .isInstanceOf(SandboxNationalPlatformAdapter.class));
        context.withPropertyValues("agency.national-platform.mode=sandbox").run(app -> assertThat(app)
                .getBean(NationalPlatformPort.class).isInstanceOf(SandboxNationalPlatformAdapter.class));
    }

    @Test
    void httpWithABaseUrlCallsThePlatformWithTheConfiguredCredentials() {
        answer(aResponse().withStatus(202));
        context.withPropertyValues("agency.national-platform.mode=http",
                        "agency.national-platform.base-url=" + platform.baseUrl() + "/api",
                        "agency.national-platform.username=" + USER, "agency.national-platform.password=" + PASSWORD,
                        "agency.national-platform.read-timeout=3s")
                .run(app -> {
                    assertThat(app).getBean(NationalPlatformPort.class)
                            .isInstanceOf(HttpNationalPlatformAdapter.class);
                    app.getBean(NationalPlatformPort.class)
                            .deliver(new FeedbackItem("k-configured", FeedbackKind.ENTRY_LISTED, CASE, ENTRY_LISTED));
                });

        platform.verify(postRequestedFor(urlPathEqualTo("/api/feedback/entry-listed"))
                .withHeader("Authorization", equalTo(BASIC)).withRequestBody(equalToJson(ENTRY_LISTED)));
        assertThat(recorded("k-configured").outcome()).isEqualTo(OutboundCallOutcome.SENT);
    }

    @ParameterizedTest(name = "mode={0}")
    @ValueSource(strings = {"http", "HTTP"})
    void httpWithoutABaseUrlFailsAtStartUpSayingWhy(String mode) {
        context.withPropertyValues("agency.national-platform.mode=" + mode)
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessage("agency.national-platform.base-url must be set"
                                + " when agency.national-platform.mode=http"));
    }

    @Test
    void aUserNameWithoutPasswordFailsAtStartUp() {
        context.withPropertyValues("agency.national-platform.mode=http",
                        "agency.national-platform.base-url=https://platform.example.invalid/api",
                        "agency.national-platform.username=engine")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("agency.national-platform.password"));
    }

    @Test
    void anUnknownModeFailsAtStartUp() {
        context.withPropertyValues("agency.national-platform.mode=fax")
                .run(app -> assertThat(app).hasFailed());
    }

    @Test
    void thePropertiesNeverShowTheCredentials() {
        var props = new NationalPlatformProperties(AdapterMode.HTTP, URI.create("https://platform.example.invalid"),
                Duration.ofSeconds(2), Duration.ofSeconds(10), USER, PASSWORD);

        assertThat(props.toString()).doesNotContain(PASSWORD).doesNotContain(USER);
    }

    // ------------------------------------------------------------------ helpers

    private AgencyUnavailableException unavailable(String key) {
        var item = new FeedbackItem(key, FeedbackKind.ENTRY_REMOVED, CASE, ENTRY_LISTED);

        var thrown = catchThrowableOfType(AgencyUnavailableException.class, () -> adapter.deliver(item));

        assertThat(thrown).as("AgencyUnavailableException").isNotNull().hasMessageNotContaining(ID_NUMBER);
        assertFailedOnce(key);
        return thrown;
    }

    private void assertFailedOnce(String key) {
        OutboundCall call = recorded(key);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FAILED);
        assertThat(call.attempts()).isEqualTo(1);
        assertThat(call.mode()).isEqualTo(AdapterMode.HTTP);
    }

    private OutboundCall recorded(String key) {
        return log.find(NationalPlatformPort.AGENCY, key)
                .orElseThrow(() -> new AssertionError("no outbound call recorded for key " + key));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = platform.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static void answer(ResponseDefinitionBuilder response) {
        for (FeedbackKind kind : FeedbackKind.values()) {
            platform.stubFor(post(urlPathEqualTo("/api/feedback/" + kind.path())).willReturn(response));
        }
    }

    private static Map<String, Object> randomObject(Random random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int fields = 1 + random.nextInt(5);
        for (int i = 0; i < fields; i++) {
            object.put("f" + i + (char) ('a' + random.nextInt(26)), randomValue(random, depth));
        }
        return object;
    }

    private static Object randomValue(Random random, int depth) {
        int choice = random.nextInt(depth < 2 ? 8 : 6);
        return switch (choice) {
            case 0 -> random.nextLong();
            case 1 -> Math.round(random.nextDouble() * 1_000_000) / 100.0;
            case 2 -> "宝鸡" + random.nextInt(1000) + " \"引号\" \\ / 换行\n";
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> "LE-2026-" + random.nextInt(1_000_000);
            case 6 -> randomObject(random, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

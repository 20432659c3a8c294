package cn.gov.baoji.credit.adapters.listsharing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice.NoticeKind;
import cn.gov.baoji.credit.adapters.listsharing.http.HttpListSharingAdapter;
import cn.gov.baoji.credit.adapters.listsharing.sandbox.SandboxListSharingAdapter;
import cn.gov.baoji.credit.shared.ResidentIdNumber;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The HTTP list-sharing adapter against one WireMock server that plays two destinations, the customs office
 * under {@code /customs} and the provincial platform under {@code /provincial}
 * (agencies/list-sharing.yaml): {@code POST {base}/list-entries/notices} with Idempotency-Key, HTTP Basic and
 * the notice with the full ID number; 2xx and 409 delivered, other 4xx refused, 5xx and network failures
 * unavailable; every attempt in a real outbound call log (H2), which keeps the masked ID number only. Also
 * {@link ListEntryNotice}, the sandbox adapter and the configuration.
 */
class HttpListSharingAdapterTest {

    static final String USER = "engine";
    static final String PASSWORD = "s3cret";
    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);
    static final String CUSTOMS = "customs";
    static final String PROVINCE = ListSharingPort.PROVINCIAL_PLATFORM;
    static final Map<String, String> BASE_PATHS = Map.of(CUSTOMS, "/customs", PROVINCE, "/provincial");
    static final String NOTICES = "/list-entries/notices";
    static final String CASE = "BJDS-2026-000001";
    static final String ID_NUMBER = TestIdentifiers.residentId(new Random(1), "610302", LocalDate.of(1990, 1, 1));
    static final String CREDIT_CODE = TestIdentifiers.creditCode(new Random(2), "610304");

    @RegisterExtension
    static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final OutboundCallDatabase database = new OutboundCallDatabase();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);
    private OutboundCallLog log;
    private ListSharingPort adapter;

    @BeforeEach
    void adapter() {
        log = database.emptyLog(clock);
        adapter = adapter(READ_TIMEOUT);
    }

    private ListSharingPort adapter(Duration readTimeout) {
        Map<String, RestClient> clients = new TreeMap<>();
        BASE_PATHS.forEach((destination, path) -> clients.put(destination, AgencyRestClients.create(
                bootLikeBuilder(), new AgencyEndpoint(ListSharingPort.AGENCY + "." + destination,
                        URI.create(agencies.baseUrl() + path), Duration.ofSeconds(2), readTimeout, USER,
                        PASSWORD))));
        return new HttpListSharingAdapter(clients, log);
    }

    /**
     * The notice is serialised by the builder's message converters; the application's builder carries Spring
     * Boot's ObjectMapper (ISO dates, {@code default-property-inclusion: non_null}), so the tests do too. A bare
     * {@code RestClient.builder()} would write dates as arrays such as {@code [2026,3,10]}.
     */
    static RestClient.Builder bootLikeBuilder() {
        ObjectMapper boot = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
        return RestClient.builder().messageConverters(converters -> converters.replaceAll(converter ->
                converter instanceof MappingJackson2HttpMessageConverter ? new MappingJackson2HttpMessageConverter(boot)
                        : converter));
    }

    // ------------------------------------------------------------------ the request

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"customs, /customs", "provincial-platform, /provincial"})
    void postsTheNoticeToTheDestinationsBaseUrlWithKeyBasicAuthAndTheFullIdNumber(String destination,
                                                                                   String basePath) {
        answerEverywhere(aResponse().withStatus(202));
        String key = "pi-7:ShareEntry:" + destination;

        adapter.share(destination, naturalPerson(), key);

        agencies.verify(1, postRequestedFor(urlPathEqualTo(basePath + NOTICES))
                .withHeader("Idempotency-Key", equalTo(key))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"kind": "LISTED", "entryId": "LE-2026-000042", "caseNumber": "BJDS-2026-000001",
                         "listType": "CHAOXIN_BLACKLIST", "subjectType": "NATURAL_PERSON", "subjectName": "张三",
                         "idNumber": "%s", "designatingAuthority": "宝鸡市发展和改革委员会",
                         "basis": "组织炒信，刷单1200笔", "decisionDate": "2026-03-10", "validFrom": "2026-03-10",
                         "validUntil": "2029-03-09", "status": "ACTIVE"}
                        """.formatted(ID_NUMBER))));
        agencies.verify(1, anyRequestedFor(anyUrl()));

        OutboundCall call = recorded(key);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.SENT);
        assertThat(call.agency()).isEqualTo("list-sharing");
        assertThat(call.operation()).isEqualTo("share");
        assertThat(call.mode()).isEqualTo(AdapterMode.HTTP);
        assertThat(call.caseNumber()).isEqualTo(CASE);
        assertThat(call.attempts()).isEqualTo(1);
        assertThat(json(call.request())).isEqualTo(json("""
                {"kind": "LISTED", "entryId": "LE-2026-000042", "listType": "CHAOXIN_BLACKLIST", "status": "ACTIVE",
                 "idNumber": "%s", "destination": "%s"}""".formatted(ResidentIdNumber.mask(ID_NUMBER), destination)));
    }

    /** Absent fields go as JSON null (or not at all); dates are ISO dates, never arrays or timestamps. */
    @Test
    void anEnterpriseNoticeCarriesTheCreditCodeAndIsoDates() throws Exception {
        answerEverywhere(aResponse().withStatus(201));

        adapter.share(PROVINCE, enterprise(NoticeKind.REMOVED), "k-enterprise");

        JsonNode body = json(agencies.findAll(postRequestedFor(urlPathEqualTo("/provincial" + NOTICES))).get(0)
                .getBodyAsString());
        assertThat(body.get("kind").asText()).isEqualTo("REMOVED");
        assertThat(body.get("creditCode").asText()).isEqualTo(CREDIT_CODE);
        assertThat(body.has("idNumber")).isFalse();
        assertThat(body.get("legalRepresentative").asText()).isEqualTo("李四");
        assertThat(body.get("decisionDate").isTextual()).isTrue();
        assertThat(body.get("validUntil").asText()).isEqualTo("2027-12-31");
        assertThat(body.get("reason").asText()).isEqualTo("信用修复");
        assertThat(json(recorded("k-enterprise").request()).get("creditCode").asText()).isEqualTo(CREDIT_CODE);
    }

    static Stream<ListEntryNotice> generatedNotices() {
        Random random = new Random(42L);
        List<String> listTypes = List.of("CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST", "KEY_ATTENTION");
        return IntStream.range(0, 30).mapToObj(i -> {
            boolean person = random.nextBoolean();
            LocalDate decided = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365 * 15));
            NoticeKind kind = NoticeKind.values()[random.nextInt(NoticeKind.values().length)];
            String listType = listTypes.get(random.nextInt(listTypes.size()));
            return new ListEntryNotice(kind, "LE-" + decided.getYear() + "-" + (100_000 + random.nextInt(900_000)),
                    "BJDS-" + decided.getYear() + "-" + String.format("%06d", random.nextInt(1_000_000)), listType,
                    person ? "NATURAL_PERSON" : "ENTERPRISE", person ? "王" + (char) (0x4E00 + random.nextInt(500))
                            : "宝鸡某某电子商务有限公司" + i,
                    person ? null : TestIdentifiers.creditCode(random),
                    person ? TestIdentifiers.residentId(random) : null, person ? null : "法人" + i,
                    "宝鸡市发展和改革委员会", "依据" + i, decided, decided,
                    decided.plusMonths(listType.equals("KEY_ATTENTION") ? 12 : 36).minusDays(1),
                    kind == NoticeKind.REMOVED ? "REMOVED" : "ACTIVE", kind == NoticeKind.LISTED ? null : "原因" + i);
        });
    }

    /** Whoever the subject: the agency gets every field in full, the log and toString only the masked summary. */
    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("generatedNotices")
    void theAgencyGetsTheFullNoticeAndTheLogTheMaskedOne(ListEntryNotice notice) throws Exception {
        answerEverywhere(aResponse().withStatus(202));
        String key = "k-" + notice.entryId();

        adapter.share(CUSTOMS, notice, key);

        JsonNode sent = json(agencies.findAll(postRequestedFor(urlPathEqualTo("/customs" + NOTICES))).get(0)
                .getBodyAsString());
        assertThat(sent.get("entryId").asText()).isEqualTo(notice.entryId());
        assertThat(sent.get("subjectName").asText()).isEqualTo(notice.subjectName());
        assertThat(sent.get("validUntil").asText()).isEqualTo(notice.validUntil().toString());
        String logged = recorded(key).request();
        assertThat(json(logged).get("destination").asText()).isEqualTo(CUSTOMS);
        assertThat(logged).doesNotContain(notice.subjectName());
        if (notice.idNumber() != null) {
            assertThat(sent.get("idNumber").asText()).isEqualTo(notice.idNumber());
            assertThat(json(logged).get("idNumber").asText()).isEqualTo(ResidentIdNumber.mask(notice.idNumber()));
            assertThat(logged).doesNotContain(notice.idNumber());
            assertThat(notice.toString()).doesNotContain(notice.idNumber())
                    .contains(ResidentIdNumber.mask(notice.idNumber()));
        } else {
            assertThat(sent.get("creditCode").asText()).isEqualTo(notice.creditCode());
            assertThat(logged).doesNotContain("idNumber");
        }
    }

    // ------------------------------------------------------------------ destinations

    @ParameterizedTest(name = "destination \"{0}\"")
    @ValueSource(strings = {"cyberspace", "provincial", "custom", ""})
    void anUnknownDestinationIsAnErrorAndNothingIsSentOrLogged(String destination) {
        answerEverywhere(aResponse().withStatus(202));

        assertThatThrownBy(() -> adapter.share(destination, naturalPerson(), "k-unknown"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + destination + "'")
                .hasMessageContaining("agency.list-sharing.destinations." + destination + ".base-url");
        agencies.verify(0, anyRequestedFor(anyUrl()));
        assertThat(database.rows()).isZero();
    }

    /** Keys bound from environment variables lose their dashes and case; the destination is still found. */
    @Test
    void destinationsConfiguredFromTheEnvironmentAreFound() {
        answerEverywhere(aResponse().withStatus(202));
        ListSharingPort fromEnvironment = new HttpListSharingAdapter(Map.of("publicsecurity", AgencyRestClients.create(
                bootLikeBuilder(), new AgencyEndpoint("list-sharing.publicsecurity",
                        URI.create(agencies.baseUrl() + BASE_PATHS.get(CUSTOMS)), Duration.ofSeconds(2), READ_TIMEOUT,
                        USER, PASSWORD))), log);

        fromEnvironment.share("public-security", naturalPerson(), "pi-8:ShareEntry:public-security");

        agencies.verify(1, postRequestedFor(urlPathEqualTo(BASE_PATHS.get(CUSTOMS) + NOTICES)));
    }

    @Test
    void eachDestinationIsItsOwnCallInTheLog() {
        answerEverywhere(aResponse().withStatus(202));

        adapter.share(CUSTOMS, naturalPerson(), "pi-7:ShareEntry:customs");
        adapter.share(PROVINCE, naturalPerson(), "pi-7:ShareEntry:provincial-platform");

        assertThat(database.rows()).isEqualTo(2);
        assertThat(json(recorded("pi-7:ShareEntry:customs").request()).get("destination").asText())
                .isEqualTo(CUSTOMS);
        assertThat(json(recorded("pi-7:ShareEntry:provincial-platform").request()).get("destination").asText())
                .isEqualTo(PROVINCE);
        agencies.verify(1, postRequestedFor(urlPathEqualTo("/customs" + NOTICES)));
        agencies.verify(1, postRequestedFor(urlPathEqualTo("/provincial" + NOTICES)));
    }

    // ------------------------------------------------------------------ outcomes

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"200, customs", "201, provincial-platform", "202, customs", "204, provincial-platform",
            "409, customs", "409, provincial-platform"})
    void twoHundredsAndConflictAreDelivered(int status, String destination) {
        answerEverywhere(aResponse().withStatus(status));

        adapter.share(destination, naturalPerson(), "k-" + status);

        assertThat(recorded("k-" + status).outcome()).isEqualTo(OutboundCallOutcome.SENT);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"408, customs", "429, provincial-platform", "500, customs", "502, provincial-platform",
            "503, customs", "503, provincial-platform", "504, customs"})
    void serverErrorsAreUnavailable(int status, String destination) {
        answerEverywhere(aResponse().withStatus(status));

        AgencyUnavailableException thrown = unavailable(destination, "k-" + status);

        assertThat(thrown).hasMessageContaining("list-sharing." + destination).hasMessageContaining(
                String.valueOf(status));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"400, customs", "400, provincial-platform", "401, customs", "403, provincial-platform",
            "404, customs", "422, customs", "422, provincial-platform"})
    void otherClientErrorsAreRefusals(int status, String destination) {
        answerEverywhere(aResponse().withStatus(status).withBody("{\"message\":\"refused\"}"));

        var thrown = catchThrowableOfType(AgencyRejectedException.class,
                () -> adapter.share(destination, naturalPerson(), "k-" + status));

        assertThat(thrown).isNotNull().hasMessageContaining(String.valueOf(status))
                .hasMessageNotContaining(ID_NUMBER);
        assertFailedOnce("k-" + status);
    }

    @Test
    void aResetConnectionIsUnavailable() {
        answerEverywhere(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        unavailable(PROVINCE, "k-reset");
    }

    @Test
    void garbageInsteadOfAResponseIsUnavailable() {
        answerEverywhere(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        unavailable(CUSTOMS, "k-garbage");
    }

    @Test
    void aDestinationSlowerThanTheReadTimeoutIsUnavailable() {
        adapter = adapter(SHORT_READ_TIMEOUT);
        answerEverywhere(aResponse().withStatus(202).withFixedDelay((int) SHORT_READ_TIMEOUT.toMillis() * 5));

        unavailable(CUSTOMS, "k-slow");
    }

    /** Only the destination that is down fails; the other one is delivered. */
    @Test
    void oneDestinationDownDoesNotConcernTheOther() {
        agencies.stubFor(post(urlPathEqualTo("/customs" + NOTICES)).willReturn(aResponse().withStatus(503)));
        agencies.stubFor(post(urlPathEqualTo("/provincial" + NOTICES)).willReturn(aResponse().withStatus(202)));

        assertThatThrownBy(() -> adapter.share(CUSTOMS, naturalPerson(), "k-customs"))
                .isInstanceOf(AgencyUnavailableException.class);
        adapter.share(PROVINCE, naturalPerson(), "k-province");

        assertThat(recorded("k-customs").outcome()).isEqualTo(OutboundCallOutcome.FAILED);
        assertThat(recorded("k-province").outcome()).isEqualTo(OutboundCallOutcome.SENT);
    }

    @Test
    void aRetryAfterAnOutageIsOneCallWithEveryAttemptCounted() {
        String path = "/provincial" + NOTICES;
        agencies.stubFor(post(urlPathEqualTo(path)).inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        agencies.stubFor(post(urlPathEqualTo(path)).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(202)).willSetStateTo("known"));
        agencies.stubFor(post(urlPathEqualTo(path)).inScenario("outage").whenScenarioStateIs("known")
                .willReturn(aResponse().withStatus(409)));

        assertThatThrownBy(() -> adapter.share(PROVINCE, naturalPerson(), "k-retry"))
                .isInstanceOf(AgencyUnavailableException.class);
        adapter.share(PROVINCE, naturalPerson(), "k-retry");
        adapter.share(PROVINCE, naturalPerson(), "k-retry");

        assertThat(recorded("k-retry")).extracting(OutboundCall::attempts, OutboundCall::outcome)
                .containsExactly(3, OutboundCallOutcome.SENT);
        assertThat(database.rows()).isEqualTo(1);
        assertThat(agencies.findAll(postRequestedFor(urlPathEqualTo(path))))
                .extracting(request -> request.getHeader("Idempotency-Key")).containsExactly("k-retry", "k-retry",
                        "k-retry");
    }

    // ------------------------------------------------------------------ ListEntryNotice

    @Test
    void toStringAndMaskedRequestMaskTheIdNumberAndLeaveOutNames() {
        ListEntryNotice notice = naturalPerson();

        assertThat(notice.toString()).doesNotContain(ID_NUMBER).doesNotContain("张三")
                .contains(ResidentIdNumber.mask(ID_NUMBER)).startsWith("ListEntryNotice{");
        assertThat(notice.maskedRequest()).containsExactly(Map.entry("kind", "LISTED"),
                Map.entry("entryId", "LE-2026-000042"), Map.entry("listType", "CHAOXIN_BLACKLIST"),
                Map.entry("status", "ACTIVE"), Map.entry("idNumber", ResidentIdNumber.mask(ID_NUMBER)));
        assertThat(ResidentIdNumber.mask(ID_NUMBER)).startsWith("610302").endsWith(ID_NUMBER.substring(14))
                .contains("********");
    }

    @Test
    void anEnterpriseNoticeShowsItsCreditCode() {
        assertThat(enterprise(NoticeKind.CHANGED).maskedRequest()).containsEntry("creditCode", CREDIT_CODE)
                .doesNotContainKey("idNumber").containsEntry("kind", "CHANGED");
        assertThat(enterprise(NoticeKind.CHANGED).toString()).contains(CREDIT_CODE).doesNotContain("李四");
    }

    @Test
    void aNoticeNamesItsSubjectByCreditCodeOrIdNumber() {
        assertThatThrownBy(() -> new ListEntryNotice(NoticeKind.LISTED, "LE-1", CASE, "KEY_ATTENTION",
                "NATURAL_PERSON", "张三", null, null, null, null, null, null, null, null, "ACTIVE", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credit code or ID number");
        assertThatThrownBy(() -> new ListEntryNotice(null, "LE-1", CASE, "KEY_ATTENTION", "ENTERPRISE", "某公司",
                CREDIT_CODE, null, null, null, null, null, null, null, "ACTIVE", null))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> new ListEntryNotice(NoticeKind.LISTED, "LE-1", CASE, "KEY_ATTENTION", "ENTERPRISE",
                "某公司", CREDIT_CODE, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("status");
    }

    // ------------------------------------------------------------------ sandbox

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"customs", "provincial-platform", "commerce", "not-configured-anywhere"})
    void theSandboxRecordsEveryNoticeWithItsDestinationWithoutCallingAnything(String destination) {
        var sandbox = new SandboxListSharingAdapter(log);

        sandbox.share(destination, naturalPerson(), "sandbox:" + destination);

        OutboundCall call = recorded("sandbox:" + destination);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.SENT);
        assertThat(call.mode()).isEqualTo(AdapterMode.SANDBOX);
        assertThat(call.operation()).isEqualTo("share");
        assertThat(call.caseNumber()).isEqualTo(CASE);
        assertThat(json(call.request()).get("destination").asText()).isEqualTo(destination);
        assertThat(json(call.request()).get("idNumber").asText()).isEqualTo(ResidentIdNumber.mask(ID_NUMBER));
        assertThat(call.request()).doesNotContain(ID_NUMBER);
        assertThat(sandbox.agencyName()).isEqualTo("list-sharing");
        agencies.verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ configuration

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class))
            .withUserConfiguration(ListSharingConfiguration.class)
            .withBean(OutboundCallLog.class, () -> log);

    @Test
    void sandboxUnlessConfigured() {
        context.run(app -> assertThat(app).getBean(ListSharingPort.class)
                .isInstanceOf(SandboxListSharingAdapter.class));
    }

    @Test
    void httpWithDestinationsSharesWithEachAtItsBaseUrl() {
        answerEverywhere(aResponse().withStatus(202));
        context.withPropertyValues("agency.list-sharing.mode=http",
                        "agency.list-sharing.destinations.provincial-platform.base-url=" + agencies.baseUrl()
                                + "/provincial",
                        "agency.list-sharing.destinations.customs.base-url=" + agencies.baseUrl() + "/customs",
                        "agency.list-sharing.username=" + USER, "agency.list-sharing.password=" + PASSWORD)
                .run(app -> {
                    ListSharingPort port = app.getBean(ListSharingPort.class);
                    assertThat(port).isInstanceOf(HttpListSharingAdapter.class);
                    port.share(PROVINCE, naturalPerson(), "k-configured-province");
                    port.share(CUSTOMS, naturalPerson(), "k-configured-customs");
                    assertThatThrownBy(() -> port.share("commerce", naturalPerson(), "k-configured-commerce"))
                            .isInstanceOf(IllegalArgumentException.class);
                });

        for (String basePath : List.of("/provincial", "/customs")) {
            agencies.verify(1, postRequestedFor(urlPathEqualTo(basePath + NOTICES))
                    .withHeader("Authorization", equalTo(BASIC))
                    .withRequestBody(equalToJson("""
                            {"idNumber": "%s", "decisionDate": "2026-03-10", "validUntil": "2029-03-09"}
                            """.formatted(ID_NUMBER), true, true)));
        }
        assertThat(database.rows()).isEqualTo(2);
    }

    @Test
    void httpWithoutAnyDestinationFailsAtStartUpSayingWhy() {
        context.withPropertyValues("agency.list-sharing.mode=http")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessage("agency.list-sharing.destinations.provincial-platform.base-url must be set"
                                + " when agency.list-sharing.mode=http"));
    }

    @Test
    void httpWithMemberUnitsButNoProvincialPlatformFailsAtStartUp() {
        context.withPropertyValues("agency.list-sharing.mode=HTTP",
                        "agency.list-sharing.destinations.customs.base-url=https://customs.example.invalid/api")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("agency.list-sharing.destinations.provincial-platform.base-url"));
    }

    /**
     * Pins today's behaviour: only the provincial platform is checked at start-up. A member unit whose base URL
     * is empty is simply not a destination; sharing with it fails (IllegalArgumentException) and sends nothing.
     */
    @Test
    void aMemberUnitWithAnEmptyBaseUrlIsNotADestination() {
        answerEverywhere(aResponse().withStatus(202));
        context.withPropertyValues("agency.list-sharing.mode=http",
                        "agency.list-sharing.destinations.provincial-platform.base-url=" + agencies.baseUrl()
                                + "/provincial",
                        "agency.list-sharing.destinations.customs.base-url=")
                .run(app -> {
                    assertThat(app).hasNotFailed();
                    assertThat(app.getBean(ListSharingProperties.class).destinations()).containsOnlyKeys(PROVINCE);
                    assertThatThrownBy(() -> app.getBean(ListSharingPort.class).share(CUSTOMS, naturalPerson(),
                            "k-empty")).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("agency.list-sharing.destinations.customs.base-url");
                });

        agencies.verify(0, anyRequestedFor(anyUrl()));
        assertThat(database.rows()).isZero();
    }

    @Test
    void aUserNameWithoutPasswordFailsAtStartUp() {
        context.withPropertyValues("agency.list-sharing.mode=http",
                        "agency.list-sharing.destinations.provincial-platform.base-url=https://p.example.invalid",
                        "agency.list-sharing.username=engine")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("password"));
    }

    @Test
    void thePropertiesNeverShowTheCredentials() {
        var props = new ListSharingProperties(AdapterMode.HTTP, Map.of(PROVINCE,
                new ListSharingProperties.Destination(URI.create("https://p.example.invalid"))),
                Duration.ofSeconds(2), Duration.ofSeconds(10), USER, PASSWORD);

        assertThat(props.toString()).doesNotContain(PASSWORD).contains(PROVINCE);
    }

    // ------------------------------------------------------------------ helpers

    private AgencyUnavailableException unavailable(String destination, String key) {
        var thrown = catchThrowableOfType(AgencyUnavailableException.class,
                () -> adapter.share(destination, naturalPerson(), key));

        assertThat(thrown).as("AgencyUnavailableException").isNotNull().hasMessageNotContaining(ID_NUMBER);
        assertFailedOnce(key);
        return thrown;
    }

    private void assertFailedOnce(String key) {
        OutboundCall call = recorded(key);
        assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FAILED);
        assertThat(call.attempts()).isEqualTo(1);
        assertThat(call.request()).doesNotContain(ID_NUMBER);
    }

    private OutboundCall recorded(String key) {
        return log.find(ListSharingPort.AGENCY, key)
                .orElseThrow(() -> new AssertionError("no outbound call recorded for key " + key));
    }

    private static void answerEverywhere(ResponseDefinitionBuilder response) {
        agencies.stubFor(post(urlPathMatching("/(customs|provincial)" + NOTICES)).willReturn(response));
    }

    static ListEntryNotice naturalPerson() {
        return new ListEntryNotice(NoticeKind.LISTED, "LE-2026-000042", CASE, "CHAOXIN_BLACKLIST", "NATURAL_PERSON",
                "张三", null, ID_NUMBER, null, "宝鸡市发展和改革委员会", "组织炒信，刷单1200笔", LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 10), LocalDate.of(2029, 3, 9), "ACTIVE", null);
    }

    static ListEntryNotice enterprise(NoticeKind kind) {
        return new ListEntryNotice(kind, "LE-2025-000007", "BJDS-2025-000123", "KEY_ATTENTION", "ENTERPRISE",
                "宝鸡某某电子商务有限公司", CREDIT_CODE, null, "李四", "宝鸡市发展和改革委员会", "虚假宣传",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                kind == NoticeKind.REMOVED ? "REMOVED" : "ACTIVE", "信用修复");
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.gov.baoji.credit.adapters.marketregistry.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Optional;

import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.marketregistry.EnterpriseRecord;
import cn.gov.baoji.credit.adapters.marketregistry.RegistrationStatus;
import cn.gov.baoji.credit.shared.CreditCode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMarketRegistryAdapterTest {

    private static final String CODE = "92610326MA6X00003E";
    private static final String PATH = "/registry/v1/enterprises/" + CODE;

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OutboundCallLog calls = mock(OutboundCallLog.class);
    private HttpMarketRegistryAdapter adapter;

    @BeforeEach
    void adapter() {
        adapter = RegistryStubs.adapter(registry.baseUrl() + "/registry/v1", calls);
    }

    @Test
    void getsTheEnterpriseWithIdempotencyKeyAndBasicAuth() {
        answer(okJson(RegistryStubs.enterpriseJson(CODE, "眉县某某网店", "610326", "DEREGISTERED")));

        Optional<EnterpriseRecord> found = adapter.findEnterprise(CreditCode.of(CODE), "pi-9:Verify", "BJDS-1");

        assertThat(found).contains(new EnterpriseRecord(CreditCode.of(CODE), "眉县某某网店", "610326", "沙箱法人",
                RegistrationStatus.DEREGISTERED));
        registry.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Idempotency-Key", equalTo("pi-9:Verify"))
                .withHeader("Authorization", equalTo("Basic ZW5naW5lOnMzY3JldA=="))
                .withHeader("Accept", equalTo("application/json")));
        verify(calls).record(any(), eq(OutboundCallOutcome.FOUND));
    }

    @Test
    void notFoundIsNotRegistered() {
        answer(aResponse().withStatus(404).withBody("{\"message\":\"no such enterprise\"}"));

        assertThat(adapter.findEnterprise(CreditCode.of(CODE), "k", "BJDS-1")).isEmpty();
        verify(calls).record(any(), eq(OutboundCallOutcome.NOT_FOUND));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 400, 401, 403, 409, 302})
    void everyOtherStatusIsUnavailable(int status) {
        answer(aResponse().withStatus(status));

        assertUnavailable();
    }

    @Test
    void aRegistrySlowerThanTheReadTimeoutIsUnavailable() {
        adapter = RegistryStubs.adapter(registry.baseUrl() + "/registry/v1", calls, RegistryStubs.SHORT_READ_TIMEOUT);
        answer(okJson(RegistryStubs.enterpriseJson(CODE, "眉县某某网店", "610326", "ACTIVE"))
                .withFixedDelay((int) RegistryStubs.SHORT_READ_TIMEOUT.toMillis() * 5));

        assertUnavailable();
    }

    @Test
    void aResetConnectionIsUnavailable() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertUnavailable();
    }

    @Test
    void garbageInsteadOfAResponseIsUnavailable() {
        answer(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertUnavailable();
    }

    @Test
    void malformedJsonIsUnavailable() {
        answer(okJson("{\"creditCode\": \"" + CODE + "\", \"name\": "));

        assertUnavailable();
    }

    @Test
    void anEmptyBodyIsUnavailable() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        assertUnavailable();
    }

    @Test
    void anUnknownStatusIsUnavailable() {
        answer(okJson(RegistryStubs.enterpriseJson(CODE, "眉县某某网店", "610326", "SUSPENDED")));

        assertUnavailable();
    }

    @Test
    void theRecordOfAnotherEnterpriseIsUnavailable() {
        answer(okJson(RegistryStubs.enterpriseJson("91610302MA6X00001J", "别家", "610302", "ACTIVE")));

        assertUnavailable();
    }

    private void assertUnavailable() {
        var thrown = catchThrowableOfType(AgencyUnavailableException.class,
                () -> adapter.findEnterprise(CreditCode.of(CODE), "k", "BJDS-1"));

        assertThat(thrown).isNotNull();
        verify(calls).recordFailure(any(), same(thrown));
    }

    private static void answer(ResponseDefinitionBuilder response) {
        registry.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
    }
}

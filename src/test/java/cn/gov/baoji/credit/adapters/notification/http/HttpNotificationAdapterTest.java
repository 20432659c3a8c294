package cn.gov.baoji.credit.adapters.notification.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.notification.Notification;
import cn.gov.baoji.credit.adapters.notification.NotificationTemplate;
import cn.gov.baoji.credit.adapters.notification.Recipient;
import cn.gov.baoji.credit.adapters.notification.RecipientKind;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpNotificationAdapterTest {

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OutboundCallLog calls = mock(OutboundCallLog.class);
    private HttpNotificationAdapter adapter;

    @BeforeEach
    void adapter() {
        adapter = GatewayStubs.adapter(gateway.baseUrl(), calls);
    }

    @Test
    void postsAnSmsWithIdempotencyKeyBasicAuthAndJson() {
        answer(aResponse().withStatus(202));

        adapter.send(transferred(new Recipient(RecipientKind.REPORTER, "张三", "13800001234", "zs@example.cn")));

        gateway.verify(postRequestedFor(urlPathEqualTo("/messages"))
                .withHeader("Idempotency-Key", equalTo("pi-1:NotifyReporter"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("engine:s3cret".getBytes(StandardCharsets.UTF_8))))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"idempotencyKey": "pi-1:NotifyReporter", "caseNumber": "BJDS-2026-000001",
                         "channel": "SMS", "to": "13800001234", "template": "COMPLAINT_TRANSFERRED",
                         "text": "【信用宝鸡】您反映的电子商务失信问题（案件编号BJDS-2026-000001）不属本专项治理范围，已移送有关部门处理：属市场监管部门职责。"}
                        """)));
        verify(calls).record(any(), eq(OutboundCallOutcome.SENT));
    }

    @Test
    void recipientWithOnlyAnEmailGetsAnEmail() {
        answer(aResponse().withStatus(202));

        adapter.send(transferred(new Recipient(RecipientKind.SUBJECT, null, null, "zs@example.cn")));

        gateway.verify(postRequestedFor(urlPathEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.channel", equalTo("EMAIL")))
                .withRequestBody(matchingJsonPath("$.to", equalTo("zs@example.cn"))));
    }

    @Test
    void recipientWithoutContactIsNotSent() {
        adapter.send(transferred(new Recipient(RecipientKind.REPORTER, "匿名", null, null)));

        gateway.verify(0, postRequestedFor(urlPathEqualTo("/messages")));
        verify(calls).record(any(), eq(OutboundCallOutcome.NO_CONTACT));
    }

    @Test
    void aReplayedKeyAnsweredOkIsSent() {
        answer(aResponse().withStatus(200).withBody("{\"status\":\"ALREADY_ACCEPTED\"}"));

        adapter.send(transferred(new Recipient(RecipientKind.REPORTER, "张三", "13800001234", null)));

        verify(calls).record(any(), eq(OutboundCallOutcome.SENT));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 400, 401, 302})
    void anyOtherStatusIsUnavailableAndRecordedAsFailed(int status) {
        answer(aResponse().withStatus(status));

        assertUnavailable();
    }

    @Test
    void aGatewaySlowerThanTheReadTimeoutIsUnavailable() {
        adapter = GatewayStubs.adapter(gateway.baseUrl(), calls, GatewayStubs.SHORT_READ_TIMEOUT);
        answer(aResponse().withStatus(202).withFixedDelay((int) GatewayStubs.SHORT_READ_TIMEOUT.toMillis() * 5));

        assertUnavailable();
    }

    @Test
    void aResetConnectionIsUnavailable() {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertUnavailable();
    }

    @Test
    void aRefusedConnectionIsUnavailable() {
        adapter = GatewayStubs.adapter("http://127.0.0.1:1", calls);

        assertUnavailable();
    }

    private void assertUnavailable() {
        var notification = transferred(new Recipient(RecipientKind.REPORTER, "张三", "13800001234", null));
        var thrown = catchThrowableOfType(AgencyUnavailableException.class, () -> adapter.send(notification));

        assertThat(thrown).isNotNull();
        verify(calls).recordFailure(any(), same(thrown));
    }

    private static void answer(ResponseDefinitionBuilder response) {
        gateway.stubFor(post(urlPathEqualTo("/messages")).willReturn(response));
    }

    private static Notification transferred(Recipient recipient) {
        return new Notification("pi-1:NotifyReporter", "BJDS-2026-000001", recipient,
                NotificationTemplate.COMPLAINT_TRANSFERRED, Map.of("reason", "属市场监管部门职责"));
    }
}

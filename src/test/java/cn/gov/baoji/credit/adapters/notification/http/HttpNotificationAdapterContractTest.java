package cn.gov.baoji.credit.adapters.notification.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.notification.NotificationPort;
import cn.gov.baoji.credit.adapters.notification.NotificationPortContract;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter against a gateway stub that accepts every message, as the sandbox does. */
class HttpNotificationAdapterContractTest extends NotificationPortContract {

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private HttpNotificationAdapter adapter;

    @BeforeEach
    void acceptEveryMessage() {
        gateway.stubFor(post(urlPathEqualTo("/messages")).willReturn(aResponse().withStatus(202)));
        adapter = GatewayStubs.adapter(gateway.baseUrl(), calls);
    }

    @Override
    protected NotificationPort port() {
        return adapter;
    }

    @Override
    protected AdapterMode mode() {
        return AdapterMode.HTTP;
    }
}

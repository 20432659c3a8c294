package cn.gov.baoji.credit.adapters.marketregistry.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPort;
import cn.gov.baoji.credit.adapters.marketregistry.MarketRegistryPortContract;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP adapter against a registry stub written to answer the contract's codes by the sandbox rules. */
class HttpMarketRegistryAdapterContractTest extends MarketRegistryPortContract {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private HttpMarketRegistryAdapter adapter;

    @BeforeEach
    void registryAnswersLikeTheSandbox() {
        ALL.forEach(code -> registry.stubFor(get(urlPathEqualTo("/enterprises/" + code)).willReturn(answer(code))));
        adapter = RegistryStubs.adapter(registry.baseUrl(), calls);
    }

    private static ResponseDefinitionBuilder answer(String code) {
        String registration = code.substring(8, 17);
        if (registration.startsWith("0000")) {
            return aResponse().withStatus(404);
        }
        if (registration.startsWith("9999")) {
            return aResponse().withStatus(503);
        }
        String status = registration.startsWith("8888") ? "DEREGISTERED"
                : registration.startsWith("7777") ? "REVOKED" : "ACTIVE";
        return okJson(RegistryStubs.enterpriseJson(code, "宝鸡沙箱企业" + code.substring(14), code.substring(2, 8),
                status));
    }

    @Override
    protected MarketRegistryPort port() {
        return adapter;
    }

    @Override
    protected AdapterMode mode() {
        return AdapterMode.HTTP;
    }
}

package cn.gov.baoji.credit.adapters.marketregistry.http;

import java.net.URI;
import java.time.Duration;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import org.springframework.web.client.RestClient;

/** Builds the HTTP adapter against a stubbed registry. */
final class RegistryStubs {

    /** Generous, so that a cold JVM and server never fail a test that expects an answer. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    /** For the test that proves a slow agency is unavailable. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    private RegistryStubs() {
    }

    static HttpMarketRegistryAdapter adapter(String baseUrl, OutboundCallLog calls) {
        return adapter(baseUrl, calls, READ_TIMEOUT);
    }

    static HttpMarketRegistryAdapter adapter(String baseUrl, OutboundCallLog calls, Duration readTimeout) {
        var endpoint = new AgencyEndpoint("market-registry", URI.create(baseUrl), Duration.ofSeconds(2),
                readTimeout, "engine", "s3cret");
        return new HttpMarketRegistryAdapter(AgencyRestClients.create(RestClient.builder(), endpoint), calls);
    }

    static String enterpriseJson(String code, String name, String district, String status) {
        return """
                {"creditCode": "%s", "name": "%s", "districtCode": "%s", "legalRepresentative": "沙箱法人",
                 "status": "%s"}""".formatted(code, name, district, status);
    }
}

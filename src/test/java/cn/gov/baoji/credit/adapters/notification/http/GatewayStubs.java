package cn.gov.baoji.credit.adapters.notification.http;

import java.net.URI;
import java.time.Duration;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import org.springframework.web.client.RestClient;

/** Builds the HTTP adapter against a stubbed gateway. */
final class GatewayStubs {

    static final String USER = "engine";
    static final String PASSWORD = "s3cret";
    /** Generous, so that a cold JVM and server never fail a test that expects an answer. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    /** For the test that proves a slow agency is unavailable. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    private GatewayStubs() {
    }

    static HttpNotificationAdapter adapter(String baseUrl, OutboundCallLog calls) {
        return adapter(baseUrl, calls, READ_TIMEOUT);
    }

    static HttpNotificationAdapter adapter(String baseUrl, OutboundCallLog calls, Duration readTimeout) {
        var endpoint = new AgencyEndpoint("notification", URI.create(baseUrl), Duration.ofSeconds(2), readTimeout,
                USER, PASSWORD);
        return new HttpNotificationAdapter(AgencyRestClients.create(RestClient.builder(), endpoint), calls);
    }
}

package cn.gov.baoji.credit.adapters.http;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Builds the {@link RestClient} of an agency: its base URL, connect and read timeouts, HTTP Basic, JSON. */
public final class AgencyRestClients {

    /** The header that lets an agency recognise a repeated call; every call of every adapter sends it. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private AgencyRestClients() {
    }

    /** A client for {@code endpoint}, built from a copy of {@code builder} (the builder is left as it was). */
    public static RestClient create(RestClient.Builder builder, AgencyEndpoint endpoint) {
        RestClient.Builder agency = builder.clone()
                .baseUrl(endpoint.baseUrl().toString())
                .requestFactory(requestFactory(endpoint))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
        if (endpoint.hasCredentials()) {
            agency.defaultHeaders(headers ->
                    headers.setBasicAuth(endpoint.username(), endpoint.password(), StandardCharsets.UTF_8));
        }
        return agency.build();
    }

    private static JdkClientHttpRequestFactory requestFactory(AgencyEndpoint endpoint) {
        // HTTP/1.1: agency gateways rarely speak HTTP/2, and the JDK's h2c upgrade attempt confuses some of them.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(endpoint.readTimeout());
        return factory;
    }
}

package cn.gov.baoji.credit.adapters.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an agency's HTTP API. Credentials are optional, but a user name needs a password.
 *
 * @param agency the agency's name, used in error messages
 */
public record AgencyEndpoint(String agency, URI baseUrl, Duration connectTimeout, Duration readTimeout,
                             String username, String password) {

    public AgencyEndpoint {
        Objects.requireNonNull(agency, "agency");
        if (baseUrl == null) {
            throw new IllegalStateException("agency." + agency + ".base-url must be set when agency." + agency
                    + ".mode=http");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (hasText(username) && !hasText(password)) {
            throw new IllegalStateException("agency." + agency + ".password must be set with agency." + agency
                    + ".username");
        }
    }

    boolean hasCredentials() {
        return hasText(username);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "AgencyEndpoint[" + agency + " at " + baseUrl + "]";
    }
}

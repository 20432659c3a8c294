package cn.gov.baoji.credit.adapters.listsharing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agency.list-sharing.*}: sandbox unless {@code mode=http}; then every destination needs
 * {@code destinations.<id>.base-url} (a member unit's group id, or {@code provincial-platform}).
 */
@ConfigurationProperties("agency.list-sharing")
record ListSharingProperties(@DefaultValue("sandbox") AdapterMode mode, Map<String, Destination> destinations,
                             @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
                             String username, String password) {

    ListSharingProperties {
        destinations = destinations == null ? Map.of() : Map.copyOf(destinations);
    }

    record Destination(URI baseUrl) {
    }

    @Override
    public String toString() {
        return "ListSharingProperties[mode=" + mode + ", destinations=" + destinations.keySet() + "]";
    }
}

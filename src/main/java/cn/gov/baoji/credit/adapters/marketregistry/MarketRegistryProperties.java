package cn.gov.baoji.credit.adapters.marketregistry;

import java.net.URI;
import java.time.Duration;

import cn.gov.baoji.credit.adapters.AdapterMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agency.market-registry.*}: sandbox unless {@code mode=http}; then {@code base-url} is required and the
 * credentials come from the environment ({@code AGENCY_MARKETREGISTRY_USERNAME}, {@code …_PASSWORD}).
 */
@ConfigurationProperties("agency.market-registry")
record MarketRegistryProperties(@DefaultValue("sandbox") AdapterMode mode, URI baseUrl,
                                @DefaultValue("2s") Duration connectTimeout,
                                @DefaultValue("5s") Duration readTimeout,
                                String username, String password) {

    @Override
    public String toString() {
        return "MarketRegistryProperties[mode=" + mode + ", baseUrl=" + baseUrl + "]";
    }
}

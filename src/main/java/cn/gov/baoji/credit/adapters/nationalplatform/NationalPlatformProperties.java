package cn.gov.baoji.credit.adapters.nationalplatform;

import java.net.URI;
import java.time.Duration;

import cn.gov.baoji.credit.adapters.AdapterMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code agency.national-platform.*}: sandbox unless {@code mode=http}; then {@code base-url} is required. */
@ConfigurationProperties("agency.national-platform")
record NationalPlatformProperties(@DefaultValue("sandbox") AdapterMode mode, URI baseUrl,
                                  @DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
                                  String username, String password) {

    @Override
    public String toString() {
        return "NationalPlatformProperties[mode=" + mode + ", baseUrl=" + baseUrl + "]";
    }
}

package cn.gov.baoji.credit.adapters.nationalplatform;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.nationalplatform.http.HttpNationalPlatformAdapter;
import cn.gov.baoji.credit.adapters.nationalplatform.sandbox.SandboxNationalPlatformAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the national platform adapter by {@code agency.national-platform.mode}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalPlatformProperties.class)
class NationalPlatformConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agency.national-platform.mode", havingValue = "http")
    NationalPlatformPort httpNationalPlatform(RestClient.Builder http, NationalPlatformProperties props,
                                              OutboundCallLog log) {
        var endpoint = new AgencyEndpoint(NationalPlatformPort.AGENCY, props.baseUrl(), props.connectTimeout(),
                props.readTimeout(), props.username(), props.password());
        return new HttpNationalPlatformAdapter(AgencyRestClients.create(http, endpoint), log);
    }

    @Bean
    @ConditionalOnProperty(name = "agency.national-platform.mode", havingValue = "sandbox", matchIfMissing = true)
    NationalPlatformPort sandboxNationalPlatform(OutboundCallLog log) {
        return new SandboxNationalPlatformAdapter(log);
    }
}

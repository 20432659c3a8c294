package cn.gov.baoji.credit.adapters.marketregistry;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.marketregistry.http.HttpMarketRegistryAdapter;
import cn.gov.baoji.credit.adapters.marketregistry.sandbox.SandboxMarketRegistryAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the registry adapter by {@code agency.market-registry.mode}: {@code sandbox} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketRegistryProperties.class)
class MarketRegistryConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agency.market-registry.mode", havingValue = "http")
    MarketRegistryPort httpMarketRegistry(RestClient.Builder http, MarketRegistryProperties props,
                                          OutboundCallLog log) {
        var endpoint = new AgencyEndpoint(MarketRegistryPort.AGENCY, props.baseUrl(), props.connectTimeout(),
                props.readTimeout(), props.username(), props.password());
        return new HttpMarketRegistryAdapter(AgencyRestClients.create(http, endpoint), log);
    }

    @Bean
    @ConditionalOnProperty(name = "agency.market-registry.mode", havingValue = "sandbox", matchIfMissing = true)
    MarketRegistryPort sandboxMarketRegistry(OutboundCallLog log) {
        return new SandboxMarketRegistryAdapter(log);
    }
}

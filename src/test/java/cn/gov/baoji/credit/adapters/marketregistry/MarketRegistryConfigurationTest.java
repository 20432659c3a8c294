package cn.gov.baoji.credit.adapters.marketregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.marketregistry.http.HttpMarketRegistryAdapter;
import cn.gov.baoji.credit.adapters.marketregistry.sandbox.SandboxMarketRegistryAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MarketRegistryConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
            .withUserConfiguration(MarketRegistryConfiguration.class)
            .withBean(OutboundCallLog.class, () -> mock(OutboundCallLog.class));

    @Test
    void sandboxUnlessConfigured() {
        context.run(app -> assertThat(app).getBean(MarketRegistryPort.class)
                .isInstanceOf(SandboxMarketRegistryAdapter.class));
    }

    @Test
    void httpWithABaseUrl() {
        context.withPropertyValues("agency.market-registry.mode=http",
                        "agency.market-registry.base-url=https://registry.example.invalid/api",
                        "agency.market-registry.username=engine", "agency.market-registry.password=s3cret")
                .run(app -> assertThat(app).getBean(MarketRegistryPort.class)
                        .isInstanceOf(HttpMarketRegistryAdapter.class));
    }

    @Test
    void httpWithoutABaseUrlFailsAtStartUpSayingWhy() {
        context.withPropertyValues("agency.market-registry.mode=HTTP")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessage("agency.market-registry.base-url must be set"
                                + " when agency.market-registry.mode=http"));
    }

    @Test
    void aUserNameWithoutPasswordFailsAtStartUp() {
        context.withPropertyValues("agency.market-registry.mode=http",
                        "agency.market-registry.base-url=https://registry.example.invalid/api",
                        "agency.market-registry.username=engine")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("agency.market-registry.password"));
    }
}

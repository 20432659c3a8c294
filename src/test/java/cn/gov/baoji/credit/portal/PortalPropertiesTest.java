package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Without a pepper (outside the local and test profiles) the application does not start. */
class PortalPropertiesTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void aMissingOrShortPepperStopsTheStart() {
        context.run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().hasMessageContaining("PORTAL_QUERY_CODE_PEPPER"));
        context.withPropertyValues("baoji.portal.query-code-pepper=short")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void limitsHaveDefaults() {
        context.withPropertyValues("baoji.portal.query-code-pepper=a-pepper-of-enough-length").run(started -> {
            PortalProperties properties = started.getBean(PortalProperties.class);
            assertThat(properties.complaintsPerHour()).isEqualTo(5);
            assertThat(properties.statusQueriesPerHour()).isEqualTo(30);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PortalProperties.class)
    static class Properties {
    }
}

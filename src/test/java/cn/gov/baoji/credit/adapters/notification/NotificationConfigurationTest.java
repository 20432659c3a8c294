package cn.gov.baoji.credit.adapters.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.notification.http.HttpNotificationAdapter;
import cn.gov.baoji.credit.adapters.notification.sandbox.SandboxNotificationAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NotificationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
            .withUserConfiguration(NotificationConfiguration.class)
            .withBean(OutboundCallLog.class, () -> mock(OutboundCallLog.class));

    @Test
    void sandboxUnlessConfigured() {
        context.run(app -> assertThat(app).getBean(NotificationPort.class)
                .isInstanceOf(SandboxNotificationAdapter.class));
    }

    @Test
    void httpWithABaseUrl() {
        context.withPropertyValues("agency.notification.mode=http",
                        "agency.notification.base-url=https://gateway.example.invalid/api")
                .run(app -> assertThat(app).getBean(NotificationPort.class)
                        .isInstanceOf(HttpNotificationAdapter.class));
    }

    @Test
    void httpWithoutABaseUrlFailsAtStartUpSayingWhy() {
        context.withPropertyValues("agency.notification.mode=http")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessage("agency.notification.base-url must be set when agency.notification.mode=http"));
    }

    @Test
    void anUnknownModeFailsAtStartUp() {
        context.withPropertyValues("agency.notification.mode=carrier-pigeon")
                .run(app -> assertThat(app).hasFailed());
    }
}

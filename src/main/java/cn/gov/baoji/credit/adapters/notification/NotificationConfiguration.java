package cn.gov.baoji.credit.adapters.notification;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.notification.http.HttpNotificationAdapter;
import cn.gov.baoji.credit.adapters.notification.sandbox.SandboxNotificationAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the notification adapter by {@code agency.notification.mode}: {@code sandbox} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agency.notification.mode", havingValue = "http")
    NotificationPort httpNotification(RestClient.Builder http, NotificationProperties props, OutboundCallLog log) {
        var endpoint = new AgencyEndpoint(NotificationPort.AGENCY, props.baseUrl(), props.connectTimeout(),
                props.readTimeout(), props.username(), props.password());
        return new HttpNotificationAdapter(AgencyRestClients.create(http, endpoint), log);
    }

    @Bean
    @ConditionalOnProperty(name = "agency.notification.mode", havingValue = "sandbox", matchIfMissing = true)
    NotificationPort sandboxNotification(OutboundCallLog log) {
        return new SandboxNotificationAdapter(log);
    }
}

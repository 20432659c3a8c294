package cn.gov.baoji.credit.adapters.listsharing;

import java.util.Map;
import java.util.TreeMap;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.http.AgencyEndpoint;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.listsharing.http.HttpListSharingAdapter;
import cn.gov.baoji.credit.adapters.listsharing.sandbox.SandboxListSharingAdapter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Chooses the list-sharing adapter by {@code agency.list-sharing.mode}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListSharingProperties.class)
class ListSharingConfiguration {

    @Bean
    @ConditionalOnProperty(name = "agency.list-sharing.mode", havingValue = "http")
    ListSharingPort httpListSharing(RestClient.Builder http, ListSharingProperties props, OutboundCallLog log) {
        boolean provincial = props.destinations().keySet().stream()
                .anyMatch(id -> id.replace("-", "").equalsIgnoreCase("provincialplatform"));
        if (!provincial) {
            throw new IllegalStateException("agency.list-sharing.destinations.provincial-platform.base-url must be set"
                    + " when agency.list-sharing.mode=http");
        }
        Map<String, RestClient> clients = new TreeMap<>();
        props.destinations().forEach((id, destination) -> clients.put(id, AgencyRestClients.create(http,
                new AgencyEndpoint(ListSharingPort.AGENCY + "." + id, destination.baseUrl(), props.connectTimeout(),
                        props.readTimeout(), props.username(), props.password()))));
        return new HttpListSharingAdapter(clients, log);
    }

    @Bean
    @ConditionalOnProperty(name = "agency.list-sharing.mode", havingValue = "sandbox", matchIfMissing = true)
    ListSharingPort sandboxListSharing(OutboundCallLog log) {
        return new SandboxListSharingAdapter(log);
    }
}

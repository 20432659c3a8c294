package cn.gov.baoji.credit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduled housekeeping (list expiry); tests switch it off and call it directly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "baoji.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}

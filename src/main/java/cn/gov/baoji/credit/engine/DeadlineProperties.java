package cn.gov.baoji.credit.engine;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baoji.deadlines.*}: how long each user task may take (ISO-8601 durations, e.g. {@code P15D}), and
 * how long before the investigation deadline the investigator is reminded.
 */
@ConfigurationProperties("baoji.deadlines")
public record DeadlineProperties(Map<String, Duration> tasks, Duration investigationReminderBefore) {

    public DeadlineProperties {
        tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        investigationReminderBefore = investigationReminderBefore == null
                ? Duration.ofDays(3) : investigationReminderBefore;
    }
}

package cn.gov.baoji.credit.engine;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baoji.deadlines.*}: how many working days each stage may take on the official calendar (the legal
 * clock of the domain), and how many working days before a deadline the responsible unit is reminded.
 */
@ConfigurationProperties("baoji.deadlines")
public record DeadlineProperties(Map<String, Integer> workingDays, Integer reminderWorkingDays) {

    public DeadlineProperties {
        workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
        reminderWorkingDays = reminderWorkingDays == null ? 3 : reminderWorkingDays;
        workingDays.forEach((stage, days) -> {
            if (days == null || days < 1) {
                throw new IllegalArgumentException("baoji.deadlines.working-days." + stage + " must be at least 1");
            }
        });
    }
}

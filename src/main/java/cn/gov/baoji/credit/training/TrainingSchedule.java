package cn.gov.baoji.credit.training;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code baoji.training.cron}: when process {@code rotationalTraining} asks commerce to schedule a session
 * (Quartz-style cron as Camunda reads it, server time; monthly by default), read as
 * {@code ${trainingSchedule.cron}}. {@code baoji.training.escalate-after-missed-sessions}: the misses after which
 * an absence is escalated to the credit office.
 */
@Component("trainingSchedule")
public class TrainingSchedule {

    private final String cron;
    private final int escalateAfterMissedSessions;

    TrainingSchedule(@Value("${baoji.training.cron:0 0 9 1 * ?}") String cron,
                     @Value("${baoji.training.escalate-after-missed-sessions:2}") int escalateAfterMissedSessions) {
        if (escalateAfterMissedSessions < 1) {
            throw new IllegalArgumentException("baoji.training.escalate-after-missed-sessions must be at least 1");
        }
        this.cron = cron;
        this.escalateAfterMissedSessions = escalateAfterMissedSessions;
    }

    public String getCron() {
        return cron;
    }

    int escalateAfterMissedSessions() {
        return escalateAfterMissedSessions;
    }
}

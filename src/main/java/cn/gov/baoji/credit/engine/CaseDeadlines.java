package cn.gov.baoji.credit.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, from {@link DeadlineProperties}. Used in the models as
 * {@code ${caseDeadlines.due('triage')}} so that the length of each stage is configuration, not BPMN.
 * Calendar days for now; the listing issue moves these to the official working-day calendar.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

    private final DeadlineProperties properties;
    private final Clock clock;

    CaseDeadlines(DeadlineProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The due date of a stage that starts now. */
    public Date due(String stage) {
        Duration length = properties.tasks().get(stage);
        if (length == null) {
            throw new IllegalStateException("No deadline configured for stage '" + stage
                    + "' (baoji.deadlines.tasks." + stage + ")");
        }
        return Date.from(clock.instant().plus(length));
    }

    /** When to remind the investigator of a deadline: a configured time before it, but never in the past. */
    public Date reminderBefore(Date due) {
        Date reminder = Date.from(due.toInstant().minus(properties.investigationReminderBefore()));
        Date now = Date.from(clock.instant());
        return reminder.before(now) ? now : reminder;
    }
}

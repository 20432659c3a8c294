package cn.gov.baoji.credit.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Commerce scheduled a session: date and time (Beijing, in the future), place, capacity, and whom to invite.
 * The session is stored with its invitations; the process sends them and waits for the session.
 */
@Component
class ScheduleTrainingSessionTaskListener implements TaskListener {

    static final int MAX_CAPACITY = 500;

    private final SessionPlanning planning;
    private final SubjectLines lines;
    private final Clock clock;

    ScheduleTrainingSessionTaskListener(SessionPlanning planning, SubjectLines lines, Clock clock) {
        this.planning = planning;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant startsAt = startsAt(task);
        String place = TrainingVariables.SESSION_PLACE.from(task);
        TaskInputException.require(place != null && !place.isBlank() && place.length() <= 200,
                TrainingVariables.SESSION_PLACE.name(), "请填写培训地点（不超过200字）/ give the place");
        Long capacity = TrainingVariables.SESSION_CAPACITY.from(task);
        TaskInputException.require(capacity != null && capacity >= 1 && capacity <= MAX_CAPACITY,
                TrainingVariables.SESSION_CAPACITY.name(), "容纳人数为1至" + MAX_CAPACITY + " / capacity 1 to 500");
        List<Obligation> chosen = chosen(task);
        var scheduled = planning.schedule(task.getProcessInstanceId(), startsAt, place.strip(), capacity.intValue(),
                chosen, Actors.of(task));
        TaskInputException.require(scheduled.invited() > 0, TrainingVariables.INVITED_SUBJECTS.name(),
                "没有可邀请的待培训主体 / nobody awaiting training could be invited");
        TrainingVariables.SESSION_ID.set(task, scheduled.sessionId());
        TrainingVariables.SESSION_STARTS_AT.set(task, Date.from(startsAt));
        TrainingVariables.INVITED_COUNT.set(task, (long) scheduled.invited());
        List<Obligation> invitees = planning.invitees(scheduled.sessionId());
        TrainingVariables.INVITEE_LIST.set(task, lines.of(invitees, invitees.size()));
    }

    private Instant startsAt(DelegateTask task) {
        LocalDate day = parse(TrainingVariables.SESSION_DATE.from(task), LocalDate::parse);
        TaskInputException.require(day != null, TrainingVariables.SESSION_DATE.name(),
                "请填写培训日期 / give the date");
        LocalTime time = parse(TrainingVariables.SESSION_TIME.from(task), LocalTime::parse);
        TaskInputException.require(time != null, TrainingVariables.SESSION_TIME.name(),
                "请按 时:分 填写开始时间，如 09:30 / give the time as HH:mm");
        Instant startsAt = day.atTime(time).atZone(CaseDeadlines.BAOJI).toInstant();
        TaskInputException.require(startsAt.isAfter(clock.instant()), TrainingVariables.SESSION_DATE.name(),
                "培训时间应晚于现在 / the session must be in the future");
        return startsAt;
    }

    private List<Obligation> chosen(DelegateTask task) {
        InvitationChoice choice = TaskInputException.oneOf(InvitationChoice.class,
                TrainingVariables.INVITATION_CHOICE.name(), TrainingVariables.INVITATION_CHOICE.from(task));
        List<Obligation> awaiting = planning.awaiting();
        if (choice == InvitationChoice.LONGEST_WAITING) {
            return awaiting;
        }
        return ShortIds.pick(awaiting, TrainingVariables.INVITED_SUBJECTS.name(),
                TrainingVariables.INVITED_SUBJECTS.from(task));
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package cn.gov.baoji.credit.training;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Commerce recorded who came: everyone, or everyone but the absentees it names by short id. Attendance
 * fulfils the obligation; an absentee goes back to the pool with one more miss.
 */
@Component
class RecordTrainingAttendanceTaskListener implements TaskListener {

    private final SessionPlanning planning;

    RecordTrainingAttendanceTaskListener(SessionPlanning planning) {
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        AttendanceRecord record = TaskInputException.oneOf(AttendanceRecord.class,
                TrainingVariables.ATTENDANCE_RECORD.name(), TrainingVariables.ATTENDANCE_RECORD.from(task));
        long sessionId = TrainingVariables.SESSION_ID.from(task);
        Set<Long> absent = record == AttendanceRecord.ALL_ATTENDED ? Set.of()
                : ShortIds.pick(planning.invitees(sessionId), TrainingVariables.ABSENT_SUBJECTS.name(),
                        TrainingVariables.ABSENT_SUBJECTS.from(task)).stream().map(Obligation::id)
                        .collect(Collectors.toSet());
        List<Obligation> absentees = planning.recordAttendance(sessionId, absent, Actors.of(task));
        TrainingVariables.ABSENT_COUNT.set(task, (long) absentees.size());
        TrainingVariables.REPEATED_ABSENCE_COUNT.set(task, (long) planning.repeatedAbsentees(absentees).size());
    }
}

package cn.gov.baoji.credit.training;

import java.util.Date;

import cn.gov.baoji.credit.engine.ProcessVariable;

/** Variables of {@code rotationalTraining}. */
public final class TrainingVariables {

    public static final ProcessVariable<Long> AWAITING_COUNT = new ProcessVariable<>("awaitingCount", Long.class);
    /** Read-only text for the scheduler: one line per subject awaiting training, with its short id. */
    public static final ProcessVariable<String> AWAITING_SUBJECTS = string("awaitingSubjects");
    /** yyyy-MM-dd, Beijing time. */
    public static final ProcessVariable<String> SESSION_DATE = string("sessionDate");
    /** HH:mm, Beijing time. */
    public static final ProcessVariable<String> SESSION_TIME = string("sessionTime");
    public static final ProcessVariable<String> SESSION_PLACE = string("sessionPlace");
    public static final ProcessVariable<Long> SESSION_CAPACITY = new ProcessVariable<>("sessionCapacity", Long.class);
    /** {@link InvitationChoice}. */
    public static final ProcessVariable<String> INVITATION_CHOICE = string("invitationChoice");
    /** With {@link InvitationChoice#SELECTED}: the short ids of the subjects invited, one per line. */
    public static final ProcessVariable<String> INVITED_SUBJECTS = string("invitedSubjects");
    public static final ProcessVariable<Long> SESSION_ID = new ProcessVariable<>("sessionId", Long.class);
    /** When the session starts: the attendance is recorded after it. */
    public static final ProcessVariable<Date> SESSION_STARTS_AT = new ProcessVariable<>("sessionStartsAt", Date.class);
    public static final ProcessVariable<Long> INVITED_COUNT = new ProcessVariable<>("invitedCount", Long.class);
    /** Read-only text for the attendance: one line per invited subject, with its short id. */
    public static final ProcessVariable<String> INVITEE_LIST = string("inviteeList");
    /** {@link AttendanceRecord}. */
    public static final ProcessVariable<String> ATTENDANCE_RECORD = string("attendanceRecord");
    /** With {@link AttendanceRecord#SOME_ABSENT}: the short ids of the absentees, one per line. */
    public static final ProcessVariable<String> ABSENT_SUBJECTS = string("absentSubjects");
    public static final ProcessVariable<Long> ABSENT_COUNT = new ProcessVariable<>("absentCount", Long.class);
    /** Absentees who have now missed as many sessions as make an escalation to the credit office. */
    public static final ProcessVariable<Long> REPEATED_ABSENCE_COUNT = new ProcessVariable<>("repeatedAbsenceCount",
            Long.class);

    private TrainingVariables() {
    }

    private static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }
}

package cn.gov.baoji.credit.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The rules of a session: who is invited (the longest waiting up to the capacity, or the subjects commerce
 * names), and what the attendance does (attended: fulfilled; absent: back to the pool, one more miss).
 */
@Service
class SessionPlanning {

    private static final Logger log = LoggerFactory.getLogger(SessionPlanning.class);
    /** More than any session holds; the pool a session is chosen from. */
    static final int POOL = 1000;

    private final TrainingObligations obligations;
    private final TrainingSessions sessions;
    private final TrainingSchedule schedule;
    private final Clock clock;

    SessionPlanning(TrainingObligations obligations, TrainingSessions sessions, TrainingSchedule schedule,
                    Clock clock) {
        this.obligations = obligations;
        this.sessions = sessions;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The subjects awaiting training, longest waiting first. */
    List<Obligation> awaiting() {
        return obligations.inStatus(TrainingStatus.OPEN, POOL);
    }

    /**
     * Schedules a session and invites the awaiting subjects {@code chosen} (in waiting order, at most
     * {@code capacity}); a subject invited elsewhere meanwhile is skipped.
     */
    Scheduled schedule(String processInstanceId, Instant startsAt, String place, int capacity, List<Obligation> chosen,
                  String by) {
        long sessionId = sessions.create(processInstanceId, startsAt, place, capacity, by, clock.instant());
        int invited = 0;
        for (Obligation obligation : chosen) {
            if (invited < capacity && obligations.invite(obligation.id())) {
                sessions.invite(sessionId, obligation.id());
                invited++;
            }
        }
        log.info("Training session {} at {}: {} subjects invited by {}", sessionId, startsAt, invited, by);
        return new Scheduled(sessionId, invited);
    }

    List<Obligation> invitees(long sessionId) {
        return sessions.invitees(sessionId);
    }

    /**
     * Records a session's attendance: those named absent missed it, everyone else attended. Invitees whose
     * obligation was waived meanwhile are left as they are. Returns the absentees as they stand now.
     */
    List<Obligation> recordAttendance(long sessionId, Set<Long> absent, String by) {
        Instant startsAt = sessions.startsAt(sessionId);
        Instant now = clock.instant();
        List<Obligation> absentees = new ArrayList<>();
        for (Obligation invitee : sessions.invitees(sessionId)) {
            boolean attended = !absent.contains(invitee.id());
            boolean changed = attended ? obligations.attended(invitee.id(), startsAt, now)
                    : obligations.missed(invitee.id());
            if (changed) {
                sessions.attendance(sessionId, invitee.id(), attended);
                if (!attended) {
                    absentees.add(obligations.find(invitee.entryId()).orElseThrow());
                }
            }
        }
        sessions.attendanceRecorded(sessionId, by, now);
        return absentees;
    }

    /** The absentees who have now missed often enough to be escalated. */
    List<Obligation> repeatedAbsentees(Collection<Obligation> absentees) {
        return absentees.stream().filter(o -> o.missedSessions() >= schedule.escalateAfterMissedSessions()).toList();
    }

    record Scheduled(long sessionId, int invited) {
    }
}

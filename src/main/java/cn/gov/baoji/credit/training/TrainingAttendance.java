package cn.gov.baoji.credit.training;

import java.time.Instant;

/**
 * A listed entry's training, as evidence for credit repair: whether the subject attended and when (the start of
 * the session), how many sessions it missed, and why the obligation was closed without training.
 */
public record TrainingAttendance(String listEntryId, TrainingStatus status, boolean attended, Instant attendedAt,
                                 int missedSessions, String closedReason) {
}

package cn.gov.baoji.credit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import cn.gov.baoji.credit.engine.TaskInputException;
import org.junit.jupiter.api.Test;

/** Subjects named by short id in the training forms. */
class ShortIdsTrainingTest {

    final Obligation first = obligation(1, "1a2b3c4d-0000-4000-8000-000000000001");
    final Obligation second = obligation(2, "5e6f7a8b-0000-4000-8000-000000000002");
    final Obligation third = obligation(3, "9c0d1e2f-0000-4000-8000-000000000003");
    final List<Obligation> pool = List.of(first, second, third);

    @Test
    void namedSubjectsComeInWaitingOrderOnceEachWhateverTheCaseAndBlankLines() {
        assertThat(ShortIds.pick(pool, "invitedSubjects", " 9C0D1E2F \n\n1a2b3c4d\n9c0d1e2f\n"))
                .containsExactly(first, third);
    }

    @Test
    void anUnknownShortIdOrNothingAtAllIsTheUsersError() {
        assertThatThrownBy(() -> ShortIds.pick(pool, "invitedSubjects", "1a2b3c4d\nffffffff"))
                .isInstanceOf(TaskInputException.class).hasMessageContaining("ffffffff");
        assertThatThrownBy(() -> ShortIds.pick(pool, "absentSubjects", "  "))
                .isInstanceOf(TaskInputException.class);
    }

    @Test
    void anObligationTellsTheEvidence() {
        Obligation attended = new Obligation(4, "entry", null, "KEY_ATTENTION", null, null, null,
                TrainingStatus.ATTENDED, 1, Instant.EPOCH, Instant.ofEpochSecond(60), Instant.ofEpochSecond(90), null);
        assertThat(attended.attendance()).isEqualTo(new TrainingAttendance("entry", TrainingStatus.ATTENDED, true,
                Instant.ofEpochSecond(60), 1, null));
        assertThat(first.attendance().attended()).isFalse();
    }

    static Obligation obligation(long id, String entryId) {
        return new Obligation(id, entryId, null, "CHAOXIN_BLACKLIST", "610302", null, null, TrainingStatus.OPEN, 0,
                Instant.EPOCH.plusSeconds(id), null, null, null);
    }
}

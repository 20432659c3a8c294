package cn.gov.baoji.credit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.gov.baoji.credit.registry.ChangeKind;
import cn.gov.baoji.credit.registry.EntryChanged;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.EntryStatus;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import org.junit.jupiter.api.Test;

/** What each change of the registry does to the training obligations. */
class RecordTrainingObligationsTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    final ListRegistry registry = mock(ListRegistry.class);
    final TrainingObligations obligations = mock(TrainingObligations.class);
    final SubjectContacts contacts = mock(SubjectContacts.class);
    final RecordTrainingObligations listener = new RecordTrainingObligations(registry, obligations, contacts,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewEntryOwesTrainingWithTheCasesAddressForService() {
        ListEntry entry = entry("e-1", "BJDS-2026-000001");
        var contact = new TrainingObligations.Contact("13912345678", null);
        when(registry.find("e-1")).thenReturn(Optional.of(entry));
        when(obligations.find("e-1")).thenReturn(Optional.empty());
        when(contacts.of("BJDS-2026-000001")).thenReturn(contact);

        listener.on(new EntryChanged("e-1", EntryStatus.ACTIVE, ChangeKind.LISTED, EntrySource.LOCAL, "test"));

        verify(obligations).record("e-1", "BJDS-2026-000001", "CHAOXIN_BLACKLIST", "610302", contact, NOW);
    }

    @Test
    void anEntryThatAlreadyOwesTrainingIsNotRecordedTwice() {
        when(registry.find("e-1")).thenReturn(Optional.of(entry("e-1", null)));
        when(obligations.find("e-1")).thenReturn(Optional.of(ShortIdsTrainingTest.obligation(1, "e-1-entry-id")));

        listener.on(new EntryChanged("e-1", EntryStatus.ACTIVE, ChangeKind.LISTED, EntrySource.LOCAL, "test"));

        verify(obligations, never()).record(anyString(), any(), anyString(), any(), any(), any());
    }

    @Test
    void anEntryThatEndsHasItsObligationWaivedWithTheReasonAndOtherChangesDoNothing() {
        listener.on(new EntryChanged("e-2", EntryStatus.EXPIRED, ChangeKind.EXPIRED, EntrySource.LOCAL, "test"));
        listener.on(new EntryChanged("e-3", EntryStatus.REMOVED, ChangeKind.SUPERSEDED, EntrySource.LOCAL, "test"));
        listener.on(new EntryChanged("e-4", EntryStatus.DISPUTED, ChangeKind.DISPUTED, EntrySource.LOCAL, "test"));

        verify(obligations).waive(eq("e-2"), eq(RecordTrainingObligations.reason(ChangeKind.EXPIRED)), eq(NOW));
        verify(obligations).waive(eq("e-3"), eq(RecordTrainingObligations.reason(ChangeKind.SUPERSEDED)), eq(NOW));
        verify(obligations, never()).waive(eq("e-4"), anyString(), any());
        assertThat(RecordTrainingObligations.reason(ChangeKind.REMOVED)).contains("removed");
    }

    static ListEntry entry(String id, String caseNumber) {
        LocalDate decided = LocalDate.of(2026, 11, 20);
        return new ListEntry(id, "CHAOXIN_BLACKLIST", EntryStatus.ACTIVE, EntrySource.LOCAL,
                new ListedSubject("ENTERPRISE", "宝鸡某网店", "91610302MA6X0EXA8C", null, "王某"), "610302",
                "渭滨区工作小组", "刷单", decided, decided, decided.plusYears(3), decided.plusYears(1), "BJ-2026-1",
                caseNumber, null, 0, NOW, NOW);
    }
}

package cn.gov.baoji.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's rules on PostgreSQL: one listed entry per subject and list type, a re-designation that
 * supersedes without shortening, expiry after the last valid day (by any number of nodes at once), an
 * append-only history, and a report to the national platform for every change.
 */
@PostgresIntegrationTest
class ListRegistryIT {

    @Autowired
    ListRegistry registry;
    @Autowired
    ListExpiry expiry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    final Random random = new Random(3);

    @Test
    void aSecondDesignationOnTheSameListSupersedesTheFirstWithoutShorteningIt() {
        String code = TestIdentifiers.creditCode(random, "610302");
        ListEntry first = list(code, "CHAOXIN_BLACKLIST", LocalDate.of(2026, 1, 5), LocalDate.of(2029, 1, 4));
        ListEntry other = list(code, "KEY_ATTENTION", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31));
        ListEntry second = list(code, "CHAOXIN_BLACKLIST", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29));

        assertThat(registry.find(first.id()).orElseThrow().status()).isEqualTo(EntryStatus.REMOVED);
        assertThat(second.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(second.validUntil()).as("never shorter than the listing it replaces").isEqualTo(LocalDate.of(2029, 1, 4));
        assertThat(registry.find(other.id()).orElseThrow().status()).as("another list is another entry")
                .isEqualTo(EntryStatus.ACTIVE);
        assertThat(registry.history(first.id())).extracting(EntryChange::kind)
                .containsExactly(ChangeKind.LISTED, ChangeKind.SUPERSEDED);
        assertThat(registry.history(first.id()).get(1).details()).containsEntry("supersededBy", second.id());
        assertThat(registry.search(new EntryQuery("CHAOXIN_BLACKLIST", EntryStatus.ACTIVE, null, code, 0, 10, null))
                .entries()).extracting(ListEntry::id).containsExactly(second.id());
        assertThat(feedbackKinds(first.id())).containsExactly("ENTRY_LISTED", "ENTRY_REMOVED");
    }

    @Test
    void twoDesignationsOfTheSameSubjectAtOnceLeaveOneListedEntry() throws Exception {
        String code = TestIdentifiers.creditCode(random, "610303");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ListEntry>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<ListEntry> designation = () -> {
                start.await();
                return list(code, "ECOMMERCE_BLACKLIST", LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31));
            };
            results.add(pool.submit(designation));
        }
        start.countDown();
        int failed = 0;
        for (Future<ListEntry> result : results) {
            try {
                result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DataIntegrityViolationException.class);
                failed++;
            }
        }
        pool.shutdown();
        long listed = jdbc.sql("SELECT count(*) FROM registry_list_entry WHERE listed_key = ?")
                .param(code + ":ECOMMERCE_BLACKLIST").query(Long.class).single();
        assertThat(listed).isEqualTo(1);
        assertThat(failed).as("the loser fails and its job would retry, then supersede").isLessThanOrEqualTo(1);
        list(code, "ECOMMERCE_BLACKLIST", LocalDate.of(2026, 4, 2), LocalDate.of(2029, 4, 1));   // the retry
        assertThat(jdbc.sql("SELECT count(*) FROM registry_list_entry WHERE listed_key = ?")
                .param(code + ":ECOMMERCE_BLACKLIST").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEntryExpiresTheDayAfterItsLastValidDayAndOnlyOnce() {
        String code = TestIdentifiers.creditCode(random, "610304");
        ListEntry entry = list(code, "KEY_ATTENTION", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 1, 9));
        assertThat(expire(entry, LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(expire(entry, LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(expire(entry, LocalDate.of(2026, 1, 11))).isFalse();
        assertThat(registry.find(entry.id()).orElseThrow().status()).isEqualTo(EntryStatus.EXPIRED);
        assertThat(registry.history(entry.id())).extracting(EntryChange::kind)
                .containsExactly(ChangeKind.LISTED, ChangeKind.EXPIRED);
        assertThat(feedbackKinds(entry.id())).containsExactly("ENTRY_LISTED", "ENTRY_REMOVED");
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> registry.dispute(entry.id(), "t", "late")))
                .isInstanceOf(EntryConflictException.class);
    }

    @Test
    void theNightlyRunExpiresEverythingDueWhileSeveralNodesRunIt() throws Exception {
        List<String> due = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            due.add(list(TestIdentifiers.creditCode(random, "610305"), "KEY_ATTENTION", LocalDate.of(2024, 1, 1)
                    .plusDays(i), LocalDate.of(2025, 1, 1).plusDays(i)).id());
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            runs.add(nodes.submit(expiry::expireDue));
        }
        int expired = 0;
        for (Future<Integer> run : runs) {
            expired += run.get();
        }
        nodes.shutdown();
        assertThat(due).allSatisfy(id -> assertThat(registry.find(id).orElseThrow().status())
                .isEqualTo(EntryStatus.EXPIRED));
        assertThat(expired).as("each entry expired by exactly one node").isGreaterThanOrEqualTo(30);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entry_history WHERE change_kind = 'EXPIRED' AND entry_id IN ("
                        + String.join(",", due.stream().map(id -> "'" + id + "'").toList()) + ")")
                .query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void aSubjectIsFoundByAPartOfItsNameOrExactlyByItsIdentifierEachThroughAnIndex() {
        String code = TestIdentifiers.creditCode(random, "610327");
        ListEntry shop = transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("ENTERPRISE", "陇县云栖阁电子商务有限公司", code, null, "李某"), "KEY_ATTENTION",
                EntrySource.LOCAL, "610327", "陇县电子商务领域严重失信专项治理工作小组", "刷单",
                LocalDate.of(2026, 5, 1), LocalDate.of(2027, 4, 30), LocalDate.of(2026, 11, 1), "BJ-2026-1", null,
                null), "test"));

        assertThat(subjects("云栖阁电子")).containsExactly(shop.id());
        assertThat(subjects(" " + code.toLowerCase(java.util.Locale.ROOT) + " ")).containsExactly(shop.id());
        assertThat(subjects("云栖阁%")).as("% is a character, not a wildcard").isEmpty();
        assertThat(subjects(code.substring(0, 17))).as("a part of a code is a part of a name").isEmpty();

        List<String> plan = transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();   // a small table: ask whether the index can serve
            return jdbc.sql("EXPLAIN SELECT * FROM registry_list_entry WHERE subject_name LIKE '%云栖阁电子%'")
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("registry_entry_name_trgm_idx");
        assertThat(jdbc.sql("SELECT cardinality(show_trgm('云栖阁电子'))").query(Integer.class).single())
                .as("the server splits Chinese names into trigrams (LC_CTYPE C.UTF-8)").isGreaterThan(3);
    }

    private List<String> subjects(String search) {
        return registry.search(new EntryQuery(null, null, null, search, 0, 10, null)).entries().stream()
                .map(ListEntry::id).toList();
    }

    private ListEntry list(String code, String listType, LocalDate decided, LocalDate validUntil) {
        return transaction.execute(status -> registry.list(new NewListing(
                new ListedSubject("ENTERPRISE", "宝鸡某网店", code, null, "王某"), listType, EntrySource.LOCAL,
                "610302", "渭滨区电子商务领域严重失信专项治理工作小组", "刷单", decided, validUntil,
                decided.plusMonths(12), "BJ-2026-1", null, null), "test"));
    }

    private boolean expire(ListEntry entry, LocalDate today) {
        Boolean expired = transaction.execute(status -> registry.expireIfDue(entry.id(), today));
        return Boolean.TRUE.equals(expired);
    }

    private List<String> feedbackKinds(String entryId) {
        return jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entryId)
                .query(String.class).list();
    }
}

package cn.gov.baoji.credit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.nationalplatform.DesignatedTarget;
import cn.gov.baoji.credit.adapters.nationalplatform.sandbox.SandboxNationalPlatformAdapter;
import cn.gov.baoji.credit.registry.ChangeKind;
import cn.gov.baoji.credit.registry.EntryChange;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.EntryStatus;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports of national and provincial targets on PostgreSQL, through the API: 10,000 rows streamed with a flat
 * heap, a re-import that writes nothing, a changed row that updates, a withdrawn row that removes, bad rows
 * rejected with their reasons and nothing written of them; and the scheduled pull resuming at its cursor.
 */
@PostgresIntegrationTest(properties = "camunda.bpm.process-engine-name=imports")
class TargetImportIT {

    static final String PATH = "/api/v1/imports/targets";
    static final String OFFICE = "demo-credit-office";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ListRegistry registry;
    @Autowired
    TargetImport imports;
    @Autowired
    ImportCursors cursors;
    @Autowired
    OutboundCallLog calls;

    Api api;
    final String prefix = "N" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void tenThousandRowsStreamThroughWithAFlatHeapAndAReImportWritesNothing() throws Exception {
        int rows = 10_000;
        long before = usedHeapAfterGc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        GeneratedTargets body = new GeneratedTargets(prefix, rows);
        JsonNode first = postStreamed(body);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        sampler.stop();
        long after = usedHeapAfterGc();

        assertThat(first.get("rows").asLong()).isEqualTo(rows);
        assertThat(first.get("accepted").asLong()).isEqualTo(rows);
        assertThat(first.get("rejected").asLong()).isZero();
        assertThat(count("SELECT count(*) FROM registry_list_entry WHERE origin_entry_id LIKE ? AND source = 'NATIONAL'"
                + " AND status = 'ACTIVE'")).isEqualTo(rows);
        long history = count("SELECT count(*) FROM registry_entry_history h JOIN registry_list_entry e"
                + " ON e.id = h.entry_id WHERE e.origin_entry_id LIKE ?");
        long outbox = count("SELECT count(*) FROM feedback_outbox o JOIN registry_list_entry e ON e.id = o.entry_id"
                + " WHERE e.origin_entry_id LIKE ?");
        assertThat(history).isEqualTo(rows);
        assertThat(outbox).isEqualTo(rows);
        System.out.printf("10,000-row import (%d MB body): %d ms; heap after GC %d MB before, %d MB after,"
                        + " peak after GC while importing %d MB (%d samples)%n", body.served() >> 20, firstMillis,
                before >> 20, after >> 20, sampler.peak() >> 20, sampler.samples());
        // the body is ~10 MB; held whole (bytes, then a String) it alone would be 30 MB
        assertThat(sampler.peak() - before).as("peak heap growth while importing").isLessThan(24L << 20);
        assertThat(after - before).as("heap growth retained").isLessThan(16L << 20);

        started = System.nanoTime();
        JsonNode again = postStreamed(new GeneratedTargets(prefix, rows));
        System.out.printf("re-import of the same 10,000 rows: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(again.get("unchanged").asLong()).isEqualTo(rows);
        assertThat(again.get("accepted").asLong() + again.get("updated").asLong() + again.get("withdrawn").asLong())
                .isZero();
        assertThat(count("SELECT count(*) FROM registry_entry_history h JOIN registry_list_entry e"
                + " ON e.id = h.entry_id WHERE e.origin_entry_id LIKE ?")).as("history rows").isEqualTo(history);
        assertThat(count("SELECT count(*) FROM feedback_outbox o JOIN registry_list_entry e ON e.id = o.entry_id"
                + " WHERE e.origin_entry_id LIKE ?")).as("outbox rows").isEqualTo(outbox);
    }

    @Test
    void aChangedRowUpdatesAWithdrawnRowRemovesAndBadRowsAreRejectedWithNothingWritten() {
        String a = TestIdentifiers.creditCode(new java.util.Random(prefix.hashCode()));
        String b = TestIdentifiers.creditCode(new java.util.Random(prefix.hashCode() + 1L));
        String person = TestIdentifiers.residentId(new java.util.Random(prefix.hashCode() + 2L));
        JsonNode first = postJson(List.of(target("A", "ENTERPRISE", a, null, "刷单", "2028-12-31", false),
                target("B", "ENTERPRISE", b, null, "虚假评价", "2028-12-31", false),
                target("P", "NATURAL_PERSON", null, person, "组织炒信", "2027-12-31", false)));
        assertThat(first.get("accepted").asLong()).isEqualTo(3);
        ListEntry entryA = origin("A");
        ListEntry entryB = origin("B");

        JsonNode second = postJson(List.of(
                target("A", "ENTERPRISE", a, null, "刷单，并组织他人刷单", "2029-06-30", false),
                target("B", "ENTERPRISE", b, null, null, null, true),
                target("P", "NATURAL_PERSON", null, person, "组织炒信", "2027-12-31", false),
                target("BAD", "ENTERPRISE", "91610302MA6X00001X", null, "", "2028-12-31", false),
                Map.of("originEntryId", prefix + "-L", "source", "CITY", "listType", "KEY_ATTENTION")));

        assertThat(second.get("rows").asLong()).isEqualTo(5);
        assertThat(List.of(second.get("accepted").asLong(), second.get("updated").asLong(),
                second.get("withdrawn").asLong(), second.get("unchanged").asLong(), second.get("rejected").asLong()))
                .containsExactly(0L, 1L, 1L, 1L, 2L);
        assertThat(second.get("rejections")).extracting(r -> tuple(r.get("row").asLong(), r.get("field").asText()))
                .contains(tuple(4L, "creditCode"), tuple(4L, "basis"), tuple(5L, "source"), tuple(5L, "listType"),
                        tuple(5L, "subjectType"));
        ListEntry updated = registry.find(entryA.id()).orElseThrow();
        assertThat(updated.basis()).isEqualTo("刷单，并组织他人刷单");
        assertThat(updated.validUntil()).hasToString("2029-06-30");
        EntryChange change = registry.history(entryA.id()).get(1);
        assertThat(change.kind()).isEqualTo(ChangeKind.CORRECTED);
        assertThat(change.details()).containsKeys("basis", "validUntil", "originEntryId");
        assertThat(registry.find(entryB.id()).orElseThrow().status()).isEqualTo(EntryStatus.REMOVED);
        assertThat(registry.history(entryB.id())).extracting(EntryChange::kind)
                .containsExactly(ChangeKind.LISTED, ChangeKind.REMOVED);
        assertThat(feedbackKinds(entryA.id())).containsExactly("ENTRY_LISTED", "ENTRY_CHANGED");
        assertThat(feedbackKinds(entryB.id())).containsExactly("ENTRY_LISTED", "ENTRY_REMOVED");
        assertThat(registry.findByOrigin(EntrySource.NATIONAL, prefix + "-BAD")).isEmpty();
        assertThat(registry.findByOrigin(EntrySource.NATIONAL, prefix + "-L")).isEmpty();

        JsonNode third = postJson(List.of(target("B", "ENTERPRISE", b, null, null, null, true)));
        assertThat(third.get("unchanged").asLong()).as("withdrawing twice").isEqualTo(1);
    }

    @Test
    void csvAndItsProblemsThroughTheApi() {
        String code = TestIdentifiers.creditCode(new java.util.Random(prefix.hashCode() + 7L));
        String csv = "originEntryId,source,subjectType,name,creditCode,designatingAuthority,basis,decisionDate,"
                + "validUntil\r\n" + prefix + "-C,PROVINCIAL,ENTERPRISE,\"某某, 公司\"," + code
                + ",陕西省发展改革委,刷单,2025-03-01,2028-02-29\r\n" + prefix + "-D,PROVINCIAL,ENTERPRISE\r\n";

        Api.Response response = api.post(OFFICE, PATH, "text/csv", csv);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(response.json().get("rejections").get(0).get("field").asText()).isEqualTo("row");
        ListEntry entry = registry.findByOrigin(EntrySource.PROVINCIAL, prefix + "-C").orElseThrow();
        assertThat(entry.subject().name()).isEqualTo("某某, 公司");
        assertThat(entry.countyCode()).isEqualTo(code.substring(2, 8).equals("610322") ? "610305"
                : code.substring(2, 8));
        assertThat(api.post(OFFICE, PATH, "text/csv", "name\r\nx\r\n").status()).isEqualTo(400);
        assertThat(api.post(OFFICE, PATH, "application/json", "{}").status()).isEqualTo(400);
        assertThat(api.post("demo-commerce", PATH, "text/csv", csv).status()).isEqualTo(403);
        assertThat(api.post("demo-integrators", PATH, "application/json", "[]").status()).isEqualTo(200);
    }

    @Test
    void thePullFeedsThePlatformsPagesThroughTheSameImportAndResumesAtItsCursor() {
        String code = TestIdentifiers.creditCode(new java.util.Random(prefix.hashCode() + 9L));
        List<DesignatedTarget> feed = List.of(
                designated("1", code, false), designated("2", TestIdentifiers.creditCode(new java.util.Random(
                        prefix.hashCode() + 10L)), false), designated("3", "bad", false), designated("1", code, true));
        cursors.save(NationalTargetPull.CURSOR, "0");
        var pull = new NationalTargetPull(new SandboxNationalPlatformAdapter(calls, feed), imports, cursors, 2);

        ImportSummaryResponse first = pull.pull();

        assertThat(List.of(first.rows(), first.accepted(), first.withdrawn(), first.rejected()))
                .containsExactly(4L, 2L, 1L, 1L);
        assertThat(first.rejections()).extracting(RowRejection::row, RowRejection::field)
                .containsExactly(tuple(3L, "creditCode"));
        assertThat(cursors.position(NationalTargetPull.CURSOR)).contains("4");
        assertThat(registry.findByOrigin(EntrySource.NATIONAL, prefix + "-P1").orElseThrow().status())
                .isEqualTo(EntryStatus.REMOVED);
        assertThat(registry.history(registry.findByOrigin(EntrySource.NATIONAL, prefix + "-P2").orElseThrow().id())
                .get(0).actor()).isEqualTo("national-platform");
        assertThat(pull.pull().rows()).as("nothing new since the cursor").isZero();
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, Object> target(String id, String type, String code, String idNumber, String basis,
                                       String validUntil, boolean withdrawn) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("originEntryId", prefix + "-" + id);
        row.put("source", "NATIONAL");
        row.put("listType", "CHAOXIN_BLACKLIST");
        row.put("subjectType", type);
        row.put("name", "对象" + id);
        row.put("creditCode", code);
        row.put("idNumber", idNumber);
        row.put("designatingAuthority", "国家发展改革委");
        row.put("basis", basis);
        row.put("decisionDate", "2025-06-01");
        row.put("validUntil", validUntil);
        row.put("withdrawn", withdrawn);
        return row;
    }

    private DesignatedTarget designated(String id, String code, boolean withdrawn) {
        return new DesignatedTarget(prefix + "-P" + id, "NATIONAL", "CHAOXIN_BLACKLIST", "ENTERPRISE", "平台对象" + id,
                code, null, null, "国家发展改革委", "组织炒信", "2025-07-01", "2028-06-30", withdrawn,
                withdrawn ? "信用修复" : null);
    }

    private ListEntry origin(String id) {
        return registry.findByOrigin(EntrySource.NATIONAL, prefix + "-" + id).orElseThrow();
    }

    private JsonNode postJson(Object rows) {
        Api.Response response = api.postJson(OFFICE, PATH, rows);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Sends the body as it is generated (chunked), never held whole by the test either. */
    private JsonNode postStreamed(GeneratedTargets body) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((OFFICE + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(prefix + "-%").query(Long.class).single();
    }

    private List<String> feedbackKinds(String entryId) {
        return jdbc.sql("SELECT kind FROM feedback_outbox WHERE entry_id = ? ORDER BY id").param(entryId)
                .query(String.class).list();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Forces a GC every half second while the import runs and keeps the highest heap in use after one. */
    static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final Thread thread = new Thread(this::sample, "heap-sampler");

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long peak() {
            return peak.get();
        }

        long samples() {
            return samples.get();
        }

        private void sample() {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

package cn.gov.baoji.credit.bench;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of issue 6 ({@code ./mvnw -Pbench verify}, see docs/performance.md): a bare engine and the product
 * on the same database server, history full, at each concurrency of {@code bench.clients} after a warm-up.
 */
class PerformanceBench {

    final Duration seconds = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    final Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 8));
    final Duration caseSeconds = Duration.ofSeconds(Long.getLong("bench.case-seconds", 20));
    final int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,2,4,8").split(","))
            .mapToInt(Integer::parseInt).toArray();
    final int backlog = Integer.getInteger("bench.backlog", 50_000);
    final int listRows = Integer.getInteger("bench.list-rows", 100_000);
    final int caseRows = Integer.getInteger("bench.case-rows", 1_000_000);
    final Report report = new Report();
    Timestamp since;

    @Test
    void run() throws Exception {
        report.fact("date", Instant.now().toString());
        report.fact("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                + BenchQueries.loadAverage() + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MiB");
        BenchDatabase database = BenchDatabase.choose();
        report.fact("database", database.description());
        try (Product product = Product.start(database);
             BaselineEngine baseline = new BaselineEngine(database, false, rewrites(product));
             BaselineEngine alternate = new BaselineEngine(database, true, !rewrites(product))) {
            report.fact("startToHealthySeconds", product.startToHealthy().toMillis() / 1000.0);
            report.fact("reWriteBatchedInserts (product and baseline)", rewrites(product));
            Api api = new Api(product.port());
            JdbcClient jdbc = product.bean(JdbcClient.class);
            if (Boolean.getBoolean("bench.profile")) {
                IntakeProfile.run(api, product.bean(JdbcClient.class), warmUp, seconds, intake(api));
                return;
            }
            Map<Integer, Load.Result> starts = new LinkedHashMap<>();
            Load.closed("warm-up", 2, warmUp, client -> start(baseline));
            Load.closed("warm-up", 2, warmUp, intake(api));
            Load.closed("warm-up", 2, warmUp, client -> start(alternate));
            for (int c : clients) {
                starts.put(c, Load.closed("baseline start", c, seconds, client -> start(baseline)));
                report.row(starts.get(c), "starts/s", null, null);
                report.row(Load.closed("bare start, reWriteBatchedInserts=" + !rewrites(product), c, seconds,
                        client -> start(alternate)), "starts/s", starts.get(c), "one setting differs");
                Load.Result intake = c == max() ? intakeUnderWatch(api, product) : Load.closed("intake", c, seconds, intake(api));
                report.row(intake, "req/s", starts.get(c), "open tasks " + BenchQueries.openTasks(jdbc));
                report.row(Load.closed("http floor", c, seconds.dividedBy(2), client -> api.get("demo-integrators",
                        "/api/v1/complaints").status() == 405), "req/s", starts.get(c),
                        "authenticated GET answered 405: HTTP, Basic, MVC, no database");
            }
            double halfMax = report.maxRate("intake") / 2;
            report.row(Load.paced("intake at half max", max(), halfMax, seconds, intake(api)), "req/s", null,
                    String.format(java.util.Locale.ROOT, "paced at %.0f/s", halfMax));
            Map<Integer, Load.Result> completes = baselineCompletions(baseline, clients, true);
            fullCases(api, jdbc, pool(product), completes, clients, "");
            report.fact("jobLag", BenchQueries.jobLag(jdbc, since));
            facts(product, jdbc);
            bulk(api, jdbc, product.port());
            if (backlog > 0) {
                withBacklog(product, baseline, api, jdbc);
            }
            if (listRows > 0) {
                lists(api, jdbc);
            }
            if (caseRows > 0) {
                caseLists(api, jdbc);
            }
        }
        report.fact("loadAverageAtEnd", BenchQueries.loadAverage());
        System.out.println("\n=== Benchmark (issue 6) ===\n" + report.table());
        report.write();
    }

    private static boolean rewrites(Product product) {
        var pool = (com.zaxxer.hikari.HikariDataSource) product.bean(javax.sql.DataSource.class);
        return Boolean.parseBoolean(pool.getDataSourceProperties().getProperty("reWriteBatchedInserts", "false"));
    }

    private boolean start(BaselineEngine baseline) {
        baseline.start();
        return true;
    }

    private int max() {
        return Arrays.stream(clients).max().orElse(1);
    }

    private Load.Operation intake(Api api) {
        AtomicLong seed = new AtomicLong(System.nanoTime());
        ThreadLocal<Random> random = ThreadLocal.withInitial(() -> new Random(seed.incrementAndGet()));
        return client -> api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(TestIdentifiers.creditCode(random.get())),
                "Idempotency-Key", "bench-" + UUID.randomUUID()).status() == 201;
    }

    /** Intake at the highest concurrency, watching heap and pool meanwhile; then heap after GC and RSS. */
    private Load.Result intakeUnderWatch(Api api, Product product) throws Exception {
        Load.Result result;
        try (Watch watch = new Watch(pool(product))) {
            result = Load.closed("intake", max(), seconds, intake(api));
            report.fact("rssUnderIntake", BenchQueries.rss());
            report.fact("heapPeakUnderIntakeMiB", watch.heapPeakMiB());
            report.fact("poolUnderIntake@" + max(), watch.pool());
        }
        ManagementFactory.getMemoryMXBean().gc();
        report.fact("heapAfterGcMiB", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024);
        return result;
    }

    private static com.zaxxer.hikari.HikariPoolMXBean pool(Product product) {
        return ((com.zaxxer.hikari.HikariDataSource) product.bean(javax.sql.DataSource.class)).getHikariPoolMXBean();
    }

    /**
     * Completes the bare engine's open tasks, each level for half the usual time; first at 4 clients without the
     * parent-task index (once), then with it.
     */
    private Map<Integer, Load.Result> baselineCompletions(BaselineEngine baseline, int[] levels, boolean beforeIndex) {
        ConcurrentLinkedQueue<String> open = new ConcurrentLinkedQueue<>(baseline.openTaskIds());
        Duration half = seconds.dividedBy(2);
        if (beforeIndex) {
            int before = open.size();
            Load.Result without = Load.closed("bare complete, NO index", 4, half, client -> complete(baseline, open));
            report.row(without, "tasks/s", null, "WITHOUT parent-task index, " + before + " open tasks");
            baseline.addParentTaskIndex();
        }
        Map<Integer, Load.Result> completes = new LinkedHashMap<>();
        for (int c : levels) {
            long before = baseline.openInstances();
            completes.put(c, Load.closed("bare complete", c, half, client -> complete(baseline, open)));
            report.row(completes.get(c), "tasks/s", null, "with index, " + before + " open instances");
        }
        return completes;
    }

    private boolean complete(BaselineEngine baseline, ConcurrentLinkedQueue<String> open) {
        String task = open.poll();
        if (task == null) {
            throw new IllegalStateException("no open task left");
        }
        baseline.complete(task);
        return true;
    }

    private void fullCases(Api api, JdbcClient jdbc, com.zaxxer.hikari.HikariPoolMXBean pool,
                           Map<Integer, Load.Result> completes, int[] levels, String label) {
        if (since == null) {
            Load.closed("warm-up", 2, warmUp, client -> new FullCase(api).run(new Random()));
            since = new Timestamp(System.currentTimeMillis());
        }
        for (int c : levels) {
            FullCase walk = new FullCase(api);
            AtomicLong seed = new AtomicLong(c * 1000L);
            ThreadLocal<Random> random = ThreadLocal.withInitial(() -> new Random(seed.incrementAndGet()));
            Load.Result cases;
            try (Watch watch = new Watch(pool)) {
                cases = Load.closed("full case" + label, c, caseSeconds, client -> walk.run(random.get()));
                report.fact("poolUnderFullCase" + label + "@" + c, watch.pool());
            }
            report.row(cases, "cases/s", null, "open tasks " + BenchQueries.openTasks(jdbc));
            Map<String, long[]> steps = new LinkedHashMap<>();
            walk.steps().forEach((name, list) -> steps.put(name, list.toArray()));
            long httpSteps = steps.entrySet().stream().filter(e -> !e.getKey().startsWith("wait:"))
                    .mapToLong(e -> e.getValue().length).sum();
            Load.Result perStep = new Load.Result("full case steps" + label, c, httpSteps, cases.errors(), cases.seconds(),
                    httpSteps / cases.seconds(), 0, 0, 0);
            report.row(perStep, "steps/s", completes.get(c), "HTTP steps; vs bare completions");
            report.fact("fullCaseSteps" + label + "@" + c, BenchQueries.stepFigures(steps));
            if (!walk.failures().isEmpty()) {
                report.fact("fullCaseFailures" + label + "@" + c, walk.failures());
            }
        }
    }

    /**
     * The same workloads again (at 2 clients and the most) with {@code bench.backlog} open cases waiting in
     * triage in the product and as many open reference instances in the bare engine; the product's full case once
     * more without the parent-task index.
     */
    private void withBacklog(Product product, BaselineEngine baseline, Api api, JdbcClient jdbc) {
        String waiting = jdbc.sql("SELECT proc_inst_id_ FROM act_ru_task WHERE task_def_key_ = 'triageComplaint'"
                + " LIMIT 1").query(String.class).single();
        report.fact("backlogCopySecondsProduct", Backlog.copy(jdbc, waiting, backlog));
        JdbcClient bare = JdbcClient.create(baseline.dataSource());
        String reference = bare.sql("SELECT proc_inst_id_ FROM act_ru_task LIMIT 1").query(String.class).single();
        report.fact("backlogCopySecondsBaseline", Backlog.copy(bare, reference, backlog));
        int[] levels = {2, max()};
        Map<Integer, Load.Result> starts = new LinkedHashMap<>();
        for (int c : levels) {
            starts.put(c, Load.closed("backlog: baseline start", c, seconds, client -> start(baseline)));
            report.row(starts.get(c), "starts/s", null, baseline.openInstances() + " open instances");
            report.row(Load.closed("backlog: intake", c, seconds, intake(api)), "req/s", starts.get(c),
                    "open tasks " + BenchQueries.openTasks(jdbc));
        }
        baseline.dropParentTaskIndex();
        Map<Integer, Load.Result> completes = baselineCompletions(baseline, levels, true);
        Timestamp backlogSince = new Timestamp(System.currentTimeMillis());
        fullCases(api, jdbc, pool(product), completes, levels, " (backlog)");
        report.fact("jobLag (backlog)", BenchQueries.jobLag(jdbc, backlogSince));
        jdbc.sql("DROP INDEX IF EXISTS act_idx_task_parent").update();
        report.fact("explainSubtasksWithoutIndex", BenchQueries.explainSubtasks(jdbc));
        fullCases(api, jdbc, pool(product), completes, new int[] {max()}, " (backlog, NO index)");
        jdbc.sql("CREATE INDEX IF NOT EXISTS act_idx_task_parent ON act_ru_task (parent_task_id_)").update();
        shippedAcquisition(product, api, jdbc, completes);
    }

    /**
     * The full case once more with job acquisition as Camunda ships it (no due-date order, null due dates allowed,
     * no index on the due date) instead of the product's (engine/EngineIndexPlugin), with the same jobs waiting.
     */
    private void shippedAcquisition(Product product, Api api, JdbcClient jdbc, Map<Integer, Load.Result> completes) {
        report.fact("jobs (backlog)", BenchQueries.jobs(jdbc));
        report.fact("explainAcquisition", BenchQueries.explainAcquisition(jdbc, true));
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) product
                .bean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration();
        configuration.setJobExecutorAcquireByDueDate(false);
        configuration.setEnsureJobDueDateNotNull(false);
        jdbc.sql("DROP INDEX IF EXISTS act_idx_job_duedate").update();
        report.fact("explainAcquisitionAsShipped", BenchQueries.explainAcquisition(jdbc, false));
        Timestamp since = new Timestamp(System.currentTimeMillis());
        fullCases(api, jdbc, pool(product), completes, new int[] {max()}, " (backlog, acquisition as shipped)");
        report.fact("jobLag (backlog, acquisition as shipped)", BenchQueries.jobLag(jdbc, since));
        jdbc.sql("CREATE INDEX IF NOT EXISTS act_idx_job_duedate ON act_ru_job (duedate_)").update();
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorAcquireByDueDate(true);
    }

    private void lists(Api api, JdbcClient jdbc) {
        report.fact("listRowsGeneratedSeconds", LargeData.generateEntries(jdbc, listRows));
        measure(api, jdbc, LargeData.entryQueries(), listRows + " rows each in registry and publication");
    }

    private void caseLists(Api api, JdbcClient jdbc) {
        report.fact("caseRowsGeneratedSeconds", LargeData.generateCases(jdbc, caseRows));
        measure(api, jdbc, LargeData.caseQueries(), caseRows + " historic cases besides the open ones");
    }

    private void measure(Api api, JdbcClient jdbc, Map<String, LargeData.Query> queries, String note) {
        queries.forEach((name, query) -> {
            LargeData.measure(api, "warm-up", query, Duration.ofSeconds(1));
            report.row(LargeData.measure(api, name, query, seconds.dividedBy(2)), "req/s", null, note);
            report.fact("explain " + name, LargeData.explain(jdbc, query.pageSql()));
            report.fact("explain count " + name, LargeData.explain(jdbc, query.countSql()));
        });
    }

    /** Facts of the product: the parent-task index in use, what an uncached Basic authentication would cost. */
    private void facts(Product product, JdbcClient jdbc) {
        report.fact("explainSubtasks", BenchQueries.explainSubtasks(jdbc));
        var identity = product.bean(org.camunda.bpm.engine.IdentityService.class);
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            identity.checkPassword("demo-integrators", "demo");
            identity.createGroupQuery().groupMember("demo-integrators").list();
        }
        report.fact("uncachedBasicAuthenticationMs", (System.nanoTime() - t0) / 200 / 1e6);
    }

    /**
     * The bulk channels: a national import of {@code bench.import-rows} targets (one CSV request, streamed by the
     * product) and alliance monitoring reports in batches of 200 from two members; rows/s and the heap.
     */
    private void bulk(Api api, JdbcClient jdbc, int port) {
        int rows = Integer.getInteger("bench.import-rows", 10_000);
        Random random = new Random(61);
        StringBuilder csv = new StringBuilder("originEntryId,source,subjectType,name,creditCode,designatingAuthority,"
                + "basis,decisionDate,validUntil\r\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < rows; i++) {
            csv.append("BENCH-").append(run).append('-').append(i).append(",NATIONAL,ENTERPRISE,全国炒信对象").append(i)
                    .append(',').append(TestIdentifiers.creditCode(random)).append(",国家发展改革委,组织刷单炒信,")
                    .append("2026-06-01,2029-05-31\r\n");
        }
        long heapBefore = heapAfterGc();
        long t0 = System.nanoTime();
        Api.Response imported = importCsv(port, csv.toString());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        report.fact("bulk import", String.format(java.util.Locale.ROOT,
                "%d rows in %.1f s = %.0f rows/s (HTTP %d, accepted %s, rejected %s); heap after GC %d -> %d MiB",
                rows, importSeconds, rows / importSeconds, imported.status(), imported.json().path("accepted"),
                imported.json().path("rejected"), heapBefore, heapAfterGc()));
        t0 = System.nanoTime();
        Api.Response again = importCsv(port, csv.toString());
        report.fact("bulk re-import", String.format(java.util.Locale.ROOT, "%d rows unchanged=%s in %.1f s", rows,
                again.json().path("unchanged"), (System.nanoTime() - t0) / 1e9));

        int batches = Integer.getInteger("bench.alliance-batches", 10);
        int accepted = 0;
        t0 = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> reports = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reports.add(Map.of("referenceId", "bench-" + run + "-" + b + "-" + i,
                        "subject", Map.of("type", "ENTERPRISE", "name", "监测对象" + b + "-" + i,
                                "creditCode", TestIdentifiers.creditCode(random, "610302")),
                        "indicators", Map.of("orderCount", 1200 + i, "linkedAccounts", 3),
                        "periodFrom", "2026-01-01", "periodTo", "2026-06-30"));
            }
            Api.Response answer = api.postJson("member-demo-platform", "/api/v1/alliance/reports",
                    Map.of("reports", reports));
            if (answer.status() == 200 || answer.status() == 201 || answer.status() == 207) {
                accepted += answer.json().path("accepted").asInt(0);
            }
            if (b == 0 && answer.status() >= 300) {
                report.fact("bulk alliance", "HTTP " + answer.status() + ": " + answer.body());
                return;
            }
        }
        double allianceSeconds = (System.nanoTime() - t0) / 1e9;
        report.fact("bulk alliance", String.format(java.util.Locale.ROOT,
                "%d reports in %d batches of 200, %.1f s = %.0f reports/s (accepted %d)", batches * 200, batches,
                allianceSeconds, batches * 200 / allianceSeconds, accepted));
        report.fact("bulk fan-out drained", drainJobs(jdbc));
    }

    /**
     * Waits until the job executor has run every job that is due (the joint punishment of the imported entries goes
     * on after the import answered), so that what is measured next does not share the machine with it.
     */
    private static String drainJobs(JdbcClient jdbc) {
        String due = "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1"
                + " AND (duedate_ IS NULL OR duedate_ <= now())";
        long t0 = System.nanoTime();
        long first = jdbc.sql(due).query(Long.class).single();
        long left = first;
        while (left > 0 && System.nanoTime() - t0 < Duration.ofMinutes(60).toNanos()) {
            sleep(2000);
            left = jdbc.sql(due).query(Long.class).single();
        }
        return String.format(java.util.Locale.ROOT, "%d jobs due after the bulk requests, %d left after %.0f s",
                first, left, (System.nanoTime() - t0) / 1e9);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One import request, with a timeout long enough for a national batch (the test client's is 30 s). */
    private static Api.Response importCsv(int port, String csv) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                            .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/imports/targets"))
                            .timeout(Duration.ofMinutes(15))
                            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                    "admin:admin-for-tests-only".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body(), response.headers().map());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024;
    }
}

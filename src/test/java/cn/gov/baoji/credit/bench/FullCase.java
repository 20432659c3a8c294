package cn.gov.baoji.credit.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case worked the way staff and integrators do, over HTTP only: the complaint, every user task completed over
 * {@code /engine-rest} as the group's demo user, the statement over our API, until the case instance ends (listed,
 * shared, every member unit's measures reported). List type {@code KEY_ATTENTION}: three member units report.
 * Between steps the client polls (every {@value #POLL_MS} ms) for the next task, which waits on the job executor.
 */
final class FullCase {

    static final int POLL_MS = 20;
    static final List<String> UNITS = List.of("market-regulation", "commerce", "ecommerce-association");
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private final Api api;
    private final Tasks tasks;
    private final Map<String, Load.LongList> stepNanos = new ConcurrentHashMap<>();
    private final java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();

    FullCase(Api api) {
        this.api = api;
        this.tasks = new Tasks(api, null);
    }

    /** Latencies of each HTTP step (and of each wait for the job executor, "wait:" steps) so far. */
    Map<String, Load.LongList> steps() {
        return stepNanos;
    }

    /** The first few failed steps, with the answer. */
    java.util.List<String> failures() {
        return List.copyOf(failures);
    }

    private boolean fail(String step, Object answer) {
        if (failures.size() < 5) {
            failures.add(step + ": " + String.valueOf(answer).replaceAll("\\s+", " "));
        }
        return false;
    }

    /** Works one case to its end; false if any step fails. */
    boolean run(Random random) {
        try {
            return walk(random);
        } catch (RuntimeException e) {
            return fail("exception", e);
        }
    }

    private boolean walk(Random random) {
        String county = TestIdentifiers.BAOJI_COUNTIES.get(random.nextInt(TestIdentifiers.BAOJI_COUNTIES.size()));
        String countyUser = "demo-county-" + county;
        Api.Response created = step("complaint", () -> api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(TestIdentifiers.creditCode(random, county))));
        if (created.status() != 201) {
            return fail("complaint", created.status() + " " + created.body());
        }
        String pi = created.json().get("processInstanceId").asText();
        String caseNumber = created.json().get("caseNumber").asText();
        boolean ok = complete("triage", "demo-credit-office", pi, "triageComplaint",
                Map.of("triageDecision", "ACCEPT", "countyCode", county))
                && complete("investigate", "demo-credit-investigator", pi, "investigateSubject",
                Map.of("factsVerified", true, "fakeTransactionCount", 1200, "amountInvolved", 8000.5,
                        "repeatOffence", false, "organizedPlatform", false, "findings", "虚构交易1200笔。"))
                && complete("designate", countyUser, pi, "designateSubject",
                Map.of("listType", "KEY_ATTENTION", "designationJustification", "依据调查结论。",
                        "designationBasis", "2026年上半年组织虚构交易1200笔，金额8000.5元。",
                        "legalRepresentative", "李某", "servicePhone", "13900001111"));
        ok = ok && await("wait:statementWindow", () -> api.get("admin", "/engine-rest/event-subscription?processInstanceId="
                + pi + "&eventName=statementReceived").json().size() == 1)
                && statement(countyUser, caseNumber)
                && complete("reviewStatement", countyUser, pi, "reviewStatement",
                Map.of("statementOutcome", "UPHOLD", "statementReviewReasons", "整改不能抵消已发生的刷单行为。"));
        String punishment = ok ? punishmentOf(pi) : null;
        for (String unit : UNITS) {
            ok = ok && punishment != null && complete("reportMeasures", "demo-" + unit, punishment, "reportMeasures",
                    Map.of("measure1Applied", true, "measuresAppliedOn", LocalDate.now(ZoneId.of("Asia/Shanghai"))
                            .toString(), "measuresDocumentReference", "宝信〔2026〕12号"));
        }
        return ok && await("wait:caseEnded", () -> "COMPLETED".equals(api.get("admin",
                "/engine-rest/history/process-instance/" + pi).json().path("state").asText()));
    }

    private boolean statement(String countyUser, String caseNumber) {
        Api.Response answer = step("statement", () -> api.postJson(countyUser, "/api/v1/cases/" + caseNumber
                + "/statements", Map.of("statement", "我方已整改，请从轻处理。")));
        return answer.status() == 202 || fail("statement", answer.status() + " " + answer.body());
    }

    private boolean complete(String step, String user, String pi, String taskKey, Map<String, Object> variables) {
        String[] taskId = new String[1];
        boolean visible = await("wait:" + step, () -> {
            JsonNode open = api.get(user, "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey)
                    .json();
            if (open.size() == 1) {
                taskId[0] = open.get(0).get("id").asText();
            }
            return taskId[0] != null;
        });
        if (!visible) {
            return false;
        }
        Api.Response answer = step(step, () -> tasks.complete(user, taskId[0], variables));
        return answer.status() == 204 || fail(step, answer.status() + " " + answer.body());
    }

    private String punishmentOf(String pi) {
        String[] id = new String[1];
        boolean found = await("wait:punishment", () -> {
            JsonNode called = api.get("admin", "/engine-rest/process-instance?superProcessInstance=" + pi).json();
            if (called.size() == 1) {
                id[0] = called.get(0).get("id").asText();
            }
            return id[0] != null;
        });
        return found ? id[0] : null;
    }

    private Api.Response step(String name, java.util.function.Supplier<Api.Response> call) {
        long t0 = System.nanoTime();
        Api.Response response = call.get();
        record(name, System.nanoTime() - t0);
        return response;
    }

    private boolean await(String name, BooleanSupplier condition) {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < TIMEOUT_NANOS) {
            if (condition.getAsBoolean()) {
                record(name, System.nanoTime() - t0);
                return true;
            }
            Load.sleepUntil(System.nanoTime() + POLL_MS * 1_000_000L);
        }
        return fail(name, "not within 60 s");
    }

    private void record(String name, long nanos) {
        Load.LongList list = stepNanos.computeIfAbsent(name, key -> new Load.LongList());
        synchronized (list) {
            list.add(nanos);
        }
    }
}

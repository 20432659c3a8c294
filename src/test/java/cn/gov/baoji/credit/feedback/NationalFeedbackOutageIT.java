package cn.gov.baoji.credit.feedback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national platform down for longer than the retries last (503s and reset connections, on the engine's
 * simulated clock), then back: no report is lost, each ends in an incident only after more than an hour, and
 * after the operator's retry each is delivered; the platform sees one accepted request per idempotency key
 * even for the report whose first answer never reached us (the sender "died" mid-request: it timed out after
 * the platform had taken the report, rolled back, and sent it again under the same key).
 */
@PostgresIntegrationTest(properties = {"camunda.bpm.process-engine-name=feedbackOutage",
        "agency.national-platform.mode=http",
        "agency.national-platform.read-timeout=500ms"})
class NationalFeedbackOutageIT {

    static final int REPORTS = 12;

    @RegisterExtension
    static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void platformAddress(DynamicPropertyRegistry properties) {
        properties.add("agency.national-platform.base-url", platform::baseUrl);
    }

    @Autowired
    NationalFeedback feedback;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aLongOutageLosesNothingAndEveryReportArrivesOnceAfterRecovery() {
        ClockUtil.setCurrentTime(new Date());
        Date outageBegan = ClockUtil.getCurrentTime();
        for (int i = 0; i < REPORTS; i++) {
            int n = i;
            transaction.executeWithoutResult(status -> feedback.report(FeedbackKind.ENTRY_LISTED,
                    "outage-test:" + n, "BJDS-2026-9" + String.format("%05d", n), null, Map.of("entry", n)));
        }
        assertThat(undelivered()).isEqualTo(REPORTS);

        platform.stubFor(post(urlPathMatching("/feedback/.*")).atPriority(5)
                .willReturn(aResponse().withStatus(503)));
        platform.stubFor(post(urlPathMatching("/feedback/.*")).atPriority(1)
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.matching(".*:[02468]"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        int attempts = runJobsUntilRetriesRunOut();

        assertThat(attempts).as("7 attempts per report: the first and one per interval").isEqualTo(7 * REPORTS);
        assertThat(Duration.between(outageBegan.toInstant(), ClockUtil.getCurrentTime().toInstant()))
                .isGreaterThan(Duration.ofHours(1));
        assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn("nationalFeedback").count())
                .isEqualTo(REPORTS);
        assertThat(undelivered()).as("no report lost, none delivered").isEqualTo(REPORTS);
        assertThat(jdbc.sql("SELECT min(attempts) FROM feedback_outbox WHERE idempotency_key LIKE 'outage-test:%'")
                .query(Integer.class).single()).as("every failed attempt is on the row, the job's rollback notwithstanding")
                .isEqualTo(7);

        platform.resetAll();
        platform.stubFor(post(urlPathMatching("/feedback/.*")).atPriority(5)
                .willReturn(aResponse().withStatus(201)));
        // the platform takes report 3 but its answer comes too late: our side times out and rolls back
        platform.stubFor(post(urlPathMatching("/feedback/.*")).atPriority(1).inScenario("slow answer")
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("outage-test:3"))
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withFixedDelay(1_500)).willSetStateTo("taken"));
        platform.stubFor(post(urlPathMatching("/feedback/.*")).atPriority(1).inScenario("slow answer")
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo("outage-test:3"))
                .whenScenarioStateIs("taken")
                .willReturn(aResponse().withStatus(409)));
        List<String> failed = managementService.createJobQuery().withException().noRetriesLeft().list().stream()
                .map(Job::getId).toList();
        managementService.setJobRetries(failed, 2);   // the operator's retry in Cockpit
        runJobsUntilRetriesRunOut();

        assertThat(undelivered()).as(() -> jdbc.sql("SELECT idempotency_key, attempts, last_error FROM feedback_outbox"
                + " WHERE delivered_at IS NULL").query().listOfRows() + " jobs " + managementService.createJobQuery()
                .processDefinitionKey("nationalFeedback").list().stream().map(j -> j.getRetries() + "@" + j.getDuedate()
                        + " now " + ClockUtil.getCurrentTime()).toList()).isZero();
        assertThat(runtimeService.createIncidentQuery().processDefinitionKeyIn("nationalFeedback").count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("nationalFeedback").count())
                .isZero();
        Map<String, List<Integer>> answersByKey = platform.getAllServeEvents().stream()
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"),
                        Collectors.mapping(e -> e.getResponse().getStatus(), Collectors.toList())));
        assertThat(answersByKey).hasSize(REPORTS);
        assertThat(answersByKey.values()).as("the platform took each report exactly once")
                .allSatisfy(statuses -> assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1));
        assertThat(answersByKey.get("outage-test:3")).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_outbox WHERE idempotency_key LIKE 'outage-test:%'")
                .query(Long.class).single()).isEqualTo(REPORTS);
        List<ServeEvent> bodies = new ArrayList<>(platform.getAllServeEvents());
        bodies.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        assertThat(bodies.get(0).getRequest().getBodyAsString()).startsWith("{\"entry\":");
    }

    /** Runs due jobs, moving the engine clock to the next due date, until no job has retries left. */
    private int runJobsUntilRetriesRunOut() {
        int attempts = 0;
        for (int round = 0; round < 200; round++) {
            List<Job> due = managementService.createJobQuery().processDefinitionKey("nationalFeedback").executable()
                    .list();
            if (due.isEmpty()) {
                Job next = managementService.createJobQuery().processDefinitionKey("nationalFeedback").withRetriesLeft()
                        .orderByJobDuedate().asc().list().stream().findFirst().orElse(null);
                if (next == null) {
                    return attempts;
                }
                ClockUtil.setCurrentTime(next.getDuedate());
                continue;
            }
            for (Job job : due) {
                attempts++;
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException platformDown) {
                    // counted down by the engine
                }
            }
        }
        throw new AssertionError("jobs kept running after 200 rounds");
    }

    private long undelivered() {
        return jdbc.sql("SELECT count(*) FROM feedback_outbox WHERE delivered_at IS NULL AND idempotency_key LIKE 'outage-test:%'")
                .query(Long.class).single();
    }
}

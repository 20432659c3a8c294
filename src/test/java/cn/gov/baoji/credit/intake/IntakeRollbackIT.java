package cn.gov.baoji.credit.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.Random;

import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The complaint, the case file and the process start commit together or not at all. */
@PostgresIntegrationTest(properties = "camunda.bpm.process-engine-name=intakeRollback")
class IntakeRollbackIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService historyService;
    @MockitoBean(name = "routeToCountyDelegate")
    JavaDelegate routing;

    @Test
    void failingProcessStartLeavesNoCaseNoComplaintAndNoProcess() throws Exception {
        doThrow(new IllegalStateException("routing failed")).when(routing).execute(any());
        List<Long> before = counts();

        Api.Response failed = new Api(port).postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterprise(new Random(3), "610302"), "Idempotency-Key", "retry-me");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(failed.body()).doesNotContain("routing failed", "Exception");
        assertThat(counts()).isEqualTo(before);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
    }

    private List<Long> counts() {
        return List.of("casefile_case", "casefile_event", "intake_complaint").stream()
                .map(table -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single())
                .toList();
    }
}

package cn.gov.baoji.credit.investigation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The market registry over HTTP (WireMock) failing for longer than the retries last: the case ends in an
 * incident an operator can retry, nothing is lost, and the retried call carries the same idempotency key.
 */
@PostgresIntegrationTest(properties = {"camunda.bpm.process-engine-name=registryOutage",
        "agency.market-registry.mode=http",
        "agency.market-registry.read-timeout=300ms"})
class RegistryOutageIT {

    @RegisterExtension
    static WireMockExtension registry = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void registryAddress(DynamicPropertyRegistry properties) {
        properties.add("agency.market-registry.base-url", registry::baseUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    OutboundCallLog outboundCalls;

    @Test
    void outageEndsInAnIncidentAndTheOperatorsRetrySucceedsOnce() {
        String creditCode = TestIdentifiers.creditCode(new Random(11), "610331");
        var created = new Api(port).postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(creditCode)).json();
        String pi = created.get("processInstanceId").asText();
        String triage = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
        taskService.complete(triage, java.util.Map.of("triageDecision", "ACCEPT", "countyCode", "610331"));

        registry.stubFor(get(urlPathMatching("/enterprises/.*")).inScenario("outage")
                .willReturn(aResponse().withStatus(503)));
        Job verification = managementService.createJobQuery().processInstanceId(pi).singleResult();
        int attempts = 0;
        while (retries(verification) > 0 && attempts < 10) {
            attempts++;
            registry.stubFor(get(urlPathMatching("/enterprises/.*")).willReturn(attempts % 2 == 0
                    ? aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)
                    : aResponse().withStatus(503).withFixedDelay(attempts == 3 ? 1_000 : 0)));
            try {
                managementService.executeJob(verification.getId());
            } catch (RuntimeException expected) {
                // the registry is down: the job keeps its retries count-down
            }
        }
        assertThat(attempts).isEqualTo(6);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);
        assertThat(outboundCalls.find("market-registry", pi + ":ServiceTask_VerifyRegistration"))
                .hasValueSatisfying(call -> assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FAILED));

        registry.stubFor(get(urlPathMatching("/enterprises/.*")).willReturn(okJson("""
                {"creditCode": "%s", "name": "宝鸡某电子商务有限公司", "districtCode": "610331",
                 "legalRepresentative": "张某", "status": "ACTIVE"}""".formatted(creditCode))));
        managementService.setJobRetries(verification.getId(), 1);
        managementService.executeJob(verification.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo("investigateSubject");
        assertThat(runtimeService.getVariable(pi, "registrationStatus")).isEqualTo("REGISTERED");
        var requests = registry.findAll(getRequestedFor(urlPathMatching("/enterprises/.*")));
        // seven job attempts; the JDK client may itself repeat a GET after a reset connection (three resets), and
        // under load it sometimes does not: between 7 and 10 requests, every one with the same key
        assertThat(requests).hasSizeBetween(7, 7 + 3);
        assertThat(requests).extracting((LoggedRequest r) -> r.getHeader("Idempotency-Key")).containsOnly(
                pi + ":ServiceTask_VerifyRegistration");
        assertThat(outboundCalls.find("market-registry", pi + ":ServiceTask_VerifyRegistration"))
                .hasValueSatisfying(call -> {
                    assertThat(call.outcome()).isEqualTo(OutboundCallOutcome.FOUND);
                    assertThat(call.attempts()).isEqualTo(7);
                });
    }

    private int retries(Job job) {
        return managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }
}

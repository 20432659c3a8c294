package cn.gov.baoji.credit.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case worked end to end the way staff and integrators do it, over the engine REST API with the demo
 * users, on PostgreSQL: triage, the registry check, investigation, designation; and who may see what.
 */
@PostgresIntegrationTest
class CaseWorkflowIT {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Tasks tasks;
    final Random random = new Random(42);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void complaintIsWorkedToDesignationAndOnlyTheChosenCountySeesIt() {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterprise(random, "610303")).json();
        String caseNumber = created.get("caseNumber").asText();
        String pi = created.get("processInstanceId").asText();

        String triage = onlyTask("demo-credit-office", pi, "triageComplaint");
        assertThat(tasks("demo-county-610303", pi)).isEmpty();
        assertThat(complete("demo-county-610303", triage, Map.of("triageDecision", "ACCEPT")).status()).isEqualTo(403);
        Api.Response noCounty = complete("demo-credit-office", triage,
                Map.of("triageDecision", "ACCEPT", "countyCode", "110101"));
        assertThat(noCounty.status()).isEqualTo(400);
        assertThat(noCounty.body()).contains("countyCode");
        assertThat(complete("demo-credit-office", triage,
                Map.of("triageDecision", "ACCEPT", "countyCode", "610303")).status()).isEqualTo(204);

        runJobs(pi);
        String investigation = onlyTask("demo-credit-investigator", pi, "investigateSubject");
        Map<String, Object> findings = Map.of("factsVerified", true, "fakeTransactionCount", 1200,
                "amountInvolved", 8000.5, "repeatOffence", false, "organizedPlatform", false,
                "findings", "平台数据显示该店铺2026年上半年虚构交易1200笔。");
        Api.Response negative = complete("demo-credit-investigator", investigation,
                Map.of("factsVerified", true, "fakeTransactionCount", -1, "amountInvolved", 0, "findings", "x"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(complete("demo-credit-investigator", investigation, findings).status()).isEqualTo(204);

        String designation = onlyTask("demo-county-610303", pi, "designateSubject");
        assertThat(tasks("demo-county-610302", pi)).isEmpty();
        assertThat(api.get("demo-county-610302", "/engine-rest/history/process-instance?processInstanceId=" + pi)
                .json()).isEmpty();
        assertThat(api.get("demo-county-610302", "/engine-rest/history/task?processInstanceId=" + pi).json())
                .isEmpty();
        assertThat(api.get("demo-county-610303", "/engine-rest/history/process-instance?processInstanceId=" + pi)
                .json()).hasSize(1);
        assertThat(api.get("demo-county-610302", "/api/v1/cases/" + caseNumber).status()).isEqualTo(404);

        Api.Response unjustified = complete("demo-county-610303", designation, Map.of("listType", "KEY_ATTENTION"));
        assertThat(unjustified.status()).isEqualTo(400);
        assertThat(unjustified.body()).contains("designationJustification");
        Api.Response noBasis = complete("demo-county-610303", designation, Map.of("listType", "KEY_ATTENTION",
                "designationJustification", "首次违法，已主动整改，列入重点关注名单。"));
        assertThat(noBasis.status()).as("a listing needs its facts and a way to serve the subject").isEqualTo(400);
        assertThat(noBasis.body()).contains("designationBasis");
        assertThat(complete("demo-county-610303", designation, Map.of("listType", "KEY_ATTENTION",
                "designationJustification", "首次违法，已主动整改，列入重点关注名单。",
                "designationBasis", "2026年上半年虚构交易1200笔。", "serviceEmail", "legal@shop.example.cn"))
                .status()).isEqualTo(204);

        JsonNode view = api.get("demo-county-610303", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("stage").asText()).isEqualTo("DESIGNATED");
        assertThat(view.get("listType").asText()).isEqualTo("KEY_ATTENTION");
        assertThat(view.get("registrationStatus").asText()).isEqualTo("REGISTERED");
        assertThat(view.get("decisions").findValuesAsText("kind")).containsExactly("TRIAGE_DECIDED",
                "INVESTIGATION_REPORTED", "DESIGNATION_DECIDED");
        assertThat(view.get("decisions").get(2).get("details").get("recommendedListType").asText())
                .isEqualTo("CHAOXIN_BLACKLIST");
        assertThat(view.get("decisions").get(2).get("actor").asText()).isEqualTo("demo-county-610303");
        assertThat(activityIdsInOrder(pi)).containsSubsequence("triageComplaint", "ServiceTask_VerifyRegistration",
                "investigateSubject", "BusinessRuleTask_RecommendListType", "designateSubject",
                "Gateway_ListOrNot");
        assertThat(api.get("demo-supervisors", "/api/v1/cases/" + caseNumber).status()).isEqualTo(200);
    }

    @Test
    void overdueInvestigationIsRemindedThenEscalatedToTheCreditOffice() {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterprise(random, "610329")).json();
        String caseNumber = created.get("caseNumber").asText();
        String pi = created.get("processInstanceId").asText();
        complete("demo-credit-office", onlyTask("demo-credit-office", pi, "triageComplaint"),
                Map.of("triageDecision", "ACCEPT", "countyCode", "610329"));
        runJobs(pi);
        String investigation = onlyTask("demo-credit-investigator", pi, "investigateSubject");
        assertThat(candidateGroups(caseNumber)).containsExactly("credit-investigator");

        List<Job> timers = managementService.createJobQuery().processInstanceId(pi).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        for (Job timer : timers) {
            managementService.executeJob(timer.getId());   // time travel: the deadlines are days away
            runJobs(pi);
        }

        assertThat(candidateGroups(caseNumber)).containsExactly("credit-investigator", "credit-office");
        assertThat(onlyTask("demo-credit-office", pi, "investigateSubject")).isEqualTo(investigation);
        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("timeline").findValuesAsText("kind")).contains("REMINDER_SENT", "ESCALATED");
        JsonNode calls = api.get("admin", "/api/v1/outbound-calls?agency=notification&caseNumber=" + caseNumber)
                .json().get("items");
        assertThat(calls.findValuesAsText("outcome")).containsExactly("SENT", "SENT");
        assertThat(calls.toString()).contains("INVESTIGATION_REMINDER", "INVESTIGATION_OVERDUE");
    }

    @Test
    void supervisorsReadEverythingAndChangeNothing() {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterprise(random, "610326")).json();
        String pi = created.get("processInstanceId").asText();
        String triage = onlyTask("demo-supervisors", pi, "triageComplaint");
        assertThat(complete("demo-supervisors", triage, Map.of("triageDecision", "REJECT",
                "triageComment", "x")).status()).isEqualTo(403);
        assertThat(api.get("demo-supervisors", "/engine-rest/history/process-instance?processInstanceId=" + pi)
                .json()).hasSize(1);
    }

    @Test
    void rejectedComplaintClosesAndTellsTheReporterOnce() {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterprise(random, "610327")).json();
        String caseNumber = created.get("caseNumber").asText();
        String pi = created.get("processInstanceId").asText();
        String triage = onlyTask("demo-credit-office", pi, "triageComplaint");
        assertThat(complete("demo-credit-office", triage, Map.of("triageDecision", "REJECT")).status())
                .as("a rejection needs a reason").isEqualTo(400);
        assertThat(complete("demo-credit-office", triage, Map.of("triageDecision", " reject ",
                "triageComment", "投诉内容与电子商务无关。")).status()).isEqualTo(204);
        runJobs(pi);

        JsonNode view = api.get("demo-integrators", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("stage").asText()).isEqualTo("REJECTED");
        JsonNode calls = api.get("admin", "/api/v1/outbound-calls?caseNumber=" + caseNumber).json().get("items");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).get("agency").asText()).isEqualTo("notification");
        assertThat(calls.get(0).toString()).doesNotContain("13912345678").contains("139****5678");
    }

    @Test
    void subjectRegisteredOutsideBaojiIsTransferredWithoutTriage() {
        JsonNode created = api.postJson("demo-integrators", "/api/v1/complaints",
                Complaints.aboutEnterpriseWithCode(TestIdentifiers.creditCode(random, "610102"))).json();
        assertThat(created.get("status").asText()).isEqualTo("TRANSFERRED");
        String pi = created.get("processInstanceId").asText();
        runJobs(pi);
        assertThat(activityIdsInOrder(pi)).contains("EndEvent_ClosedBeforeInvestigation")
                .doesNotContain("triageComplaint");
    }

    @Test
    void staffStartFormRegistersTheComplaintAndKeepsPersonalDataOutOfHistory() {
        Map<String, Object> form = Map.of("channel", "PUBLIC", "reporterName", "赵丽华",
                "reporterPhone", "13700001111", "subjectType", "ENTERPRISE", "subjectName", "宝鸡某网店",
                "subjectCreditCode", TestIdentifiers.creditCode(random, "610328"), "category", "FAKE_REVIEWS",
                "description", "电话举报：该网店雇人批量刷好评。", "occurredFrom", "2026-03-01");
        Api.Response started = api.postJson("demo-credit-office",
                "/engine-rest/process-definition/key/dishonestyCase/submit-form", Map.of("variables", typed(form)));
        assertThat(started.status()).isEqualTo(200);
        String pi = started.json().get("id").asText();
        String caseNumber = started.json().get("businessKey").asText();
        assertThat(caseNumber).startsWith("BJDS-");

        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("subject").get("districtCode").asText()).isEqualTo("610328");
        assertThat(view.get("timeline").get(0).get("actor").asText()).isEqualTo("demo-credit-office");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .extracting(v -> v.getName())
                .doesNotContain("reporterName", "reporterPhone", "description");
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).list().toString())
                .doesNotContain("赵丽华", "13700001111");

        Api.Response invalid = api.postJson("demo-credit-office",
                "/engine-rest/process-definition/key/dishonestyCase/submit-form",
                Map.of("variables", typed(Map.of("channel", "PUBLIC", "reporterName", "赵丽华",
                        "subjectType", "ENTERPRISE", "subjectName", "x", "category", "FAKE_REVIEWS",
                        "description", "太短"))));
        assertThat(invalid.status()).isEqualTo(400);
    }

    private List<String> candidateGroups(String caseNumber) {
        JsonNode task = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json().get("openTasks").get(0);
        List<String> groups = new java.util.ArrayList<>();
        task.get("candidateGroups").forEach(group -> groups.add(group.asText()));
        return groups;
    }

    private List<String> activityIdsInOrder(String pi) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private void runJobs(String pi) {
        tasks.runJobs(pi);
    }

    private JsonNode tasks(String user, String pi) {
        return tasks.visibleTo(user, pi);
    }

    private String onlyTask(String user, String pi, String taskKey) {
        return tasks.onlyTask(user, pi, taskKey);
    }

    private Api.Response complete(String user, String taskId, Map<String, Object> variables) {
        return tasks.complete(user, taskId, variables);
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        return Tasks.typed(variables);
    }
}

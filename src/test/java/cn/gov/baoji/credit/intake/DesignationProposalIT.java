package cn.gov.baoji.credit.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Associations propose designations over the API and from a Tasklist start form; the case skips triage and the
 * investigation and waits for the county's designation with the proposal shown.
 */
@PostgresIntegrationTest
class DesignationProposalIT {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Tasks tasks;
    final Random random = new Random(23);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void aProposalOverTheApiGoesStraightToTheCountysDesignation() {
        Map<String, Object> proposal = proposal(TestIdentifiers.creditCode(random, "610302"));
        Api.Response created = api.postJson("demo-associations", "/api/v1/designation-proposals", proposal,
                "Idempotency-Key", "assoc-2026-0001");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseNumber = created.json().get("caseNumber").asText();
        String pi = created.json().get("processInstanceId").asText();

        String designation = tasks.onlyTask("demo-county-610302", pi, "designateSubject");
        assertThat(tasks.visibleTo("demo-credit-office", pi).findValuesAsText("taskDefinitionKey"))
                .doesNotContain("triageComplaint", "investigateSubject");
        JsonNode variables = api.get("demo-county-610302", "/engine-rest/task/" + designation + "/variables").json();
        assertThat(variables.get("findings").get("value").asText()).contains("宝鸡市电子商务协会", "炒信黑名单",
                "组织刷单");
        assertThat(variables.get("recommendedListType").get("value").asText()).isEqualTo("CHAOXIN_BLACKLIST");

        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("channel").asText()).isEqualTo("ASSOCIATION");
        assertThat(view.get("stage").asText()).isEqualTo("DESIGNATION");
        assertThat(view.get("handlingClock").get("dueOn").asText()).isNotBlank();

        Api.Response repeated = api.postJson("demo-associations", "/api/v1/designation-proposals", proposal,
                "Idempotency-Key", "assoc-2026-0001");
        assertThat(repeated.status()).as("the same proposal again is the same case").isEqualTo(200);
        assertThat(repeated.json().get("caseNumber").asText()).isEqualTo(caseNumber);
    }

    @Test
    void aRefusedProposalNamesEveryProblemAndOpensNothing() {
        int before = jdbc.sql("SELECT count(*) FROM casefile_case").query(Integer.class).single();
        Map<String, Object> bad = proposal("91610300MA6X00000X");
        bad.remove("grounds");
        bad.put("proposedListType", "RED_LIST");
        bad.put("fakeTransactionCount", -1);
        @SuppressWarnings("unchecked")
        Map<String, Object> association = (Map<String, Object>) bad.get("association");
        association.remove("phone");
        association.remove("email");
        Api.Response refused = api.postJson("demo-associations", "/api/v1/designation-proposals", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("grounds", "proposedListType", "fakeTransactionCount");

        Map<String, Object> cityLevel = proposal(TestIdentifiers.creditCode(random, "610302"));
        subject(cityLevel).put("districtCode", "610300");
        Api.Response noCounty = api.postJson("demo-associations", "/api/v1/designation-proposals", cityLevel);
        assertThat(noCounty.status()).isEqualTo(400);
        assertThat(noCounty.body()).contains("subject.districtCode");

        assertThat(api.postJson("demo-customs", "/api/v1/designation-proposals",
                proposal(TestIdentifiers.creditCode(random, "610302"))).status())
                .as("only associations and chambers propose").isEqualTo(403);
        assertThat(api.post("demo-associations", "/api/v1/designation-proposals", "application/json", "{\"grounds\":")
                .status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM casefile_case").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anAssociationProposesFromTheTasklistStartForm() {
        String code = TestIdentifiers.creditCode(random, "610303");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("reporterName", Map.of("value", "李会长"));
        form.put("reporterPhone", Map.of("value", "0917-3261234"));
        form.put("reporterOrganization", Map.of("value", "宝鸡市网商商会"));
        form.put("subjectType", Map.of("value", "ENTERPRISE"));
        form.put("subjectName", Map.of("value", "宝鸡某电商有限公司"));
        form.put("subjectCreditCode", Map.of("value", code));
        form.put("subjectDistrictCode", Map.of("value", "610303"));
        form.put("category", Map.of("value", "FAKE_REVIEWS"));
        form.put("description", Map.of("value", "会员企业举报该公司雇佣刷手发布虚假好评三千余条。"));
        form.put("proposedListType", Map.of("value", "ECOMMERCE_BLACKLIST"));
        form.put("fakeTransactionCount", Map.of("value", 3200, "type", "Long"));
        form.put("amountInvolved", Map.of("value", 52000.5, "type", "Double"));
        form.put("repeatOffence", Map.of("value", false, "type", "Boolean"));
        form.put("organizedPlatform", Map.of("value", false, "type", "Boolean"));

        Api.Response started = api.postJson("demo-associations",
                "/engine-rest/process-definition/key/designationProposal/submit-form", Map.of("variables", form));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String caseNumber = jdbc.sql("SELECT case_number FROM casefile_case WHERE credit_code = ?")
                .param(code).query(String.class).single();
        String pi = jdbc.sql("SELECT process_instance_id FROM casefile_case WHERE case_number = ?").param(caseNumber)
                .query(String.class).single();
        tasks.onlyTask("demo-county-610303", pi, "designateSubject");

        form.put("subjectCreditCode", Map.of("value", "not-a-code"));
        Api.Response refused = api.postJson("demo-associations",
                "/engine-rest/process-definition/key/designationProposal/submit-form", Map.of("variables", form));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("subject.creditCode");
    }

    private static Map<String, Object> proposal(String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("association", new HashMap<>(Map.of("name", "张秘书长", "phone", "13800002222",
                "organization", "宝鸡市电子商务协会")));
        body.put("subject", new HashMap<>(Map.of("type", "ENTERPRISE", "name", "宝鸡某炒信平台有限公司",
                "creditCode", creditCode, "districtCode", creditCode.substring(2, 8))));
        body.put("category", "FAKE_TRANSACTIONS");
        body.put("grounds", "经会员单位监测，该平台组织刷单炒信，2026年上半年虚构交易1200笔，金额8000.5元。");
        body.put("proposedListType", "CHAOXIN_BLACKLIST");
        body.put("fakeTransactionCount", 1200);
        body.put("amountInvolved", 8000.5);
        body.put("repeatOffence", false);
        body.put("organizedPlatform", true);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subject(Map<String, Object> body) {
        return (Map<String, Object>) body.get("subject");
    }
}

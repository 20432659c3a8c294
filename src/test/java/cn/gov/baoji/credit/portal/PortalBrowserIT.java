package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Browser;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public pages in a real browser (headless Debian Chromium): a complaint submitted through the page becomes
 * a case with the right data; a wrong field shows its message next to it; the status page answers with the code
 * and refuses without it; a published entry appears masked; and no page logs a console error. Screenshots of each
 * page are in target/screenshots.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    ListRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ManagementService managementService;

    Browser browser;
    Api api;
    final List<String> consoleErrors = new ArrayList<>();
    final Random random = new Random(404);

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        consoleErrors.clear();
    }

    @AfterEach
    void noConsoleErrors() {
        consoleErrors.addAll(browser.consoleErrors());
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    @Test
    void aComplaintSubmittedThroughThePageBecomesACaseAndItsStatusCanBeFollowed() {
        String creditCode = TestIdentifiers.creditCode(random, "610303");
        browser.open("/");
        assertThat(browser.title()).contains("信用宝鸡");
        browser.screenshot("01-home");
        collectConsole();

        browser.open("/complaints/new");
        browser.type("#reporterName", "王秀英").type("#reporterPhone", "13912345678")
                .type("#subjectName", "宝鸡市浏览器测试网店有限公司");
        new Select(browser.find("#subjectType")).selectByValue("ENTERPRISE");
        browser.type("#subjectCreditCode", creditCode);
        new Select(browser.find("#category")).selectByValue("FAKE_TRANSACTIONS");
        browser.type("#description", "该店铺雇人刷单，虚构交易记录一千余笔，误导消费者。");
        browser.screenshot("02-complaint-form");
        browser.find("#complaint-submit").click();
        collectConsole();

        browser.waitFor("#receipt-title");
        String caseNumber = browser.find("#caseNumber").getText().strip();
        String queryCode = browser.find("#queryCode").getText().strip();
        browser.screenshot("03-receipt");
        assertThat(caseNumber).matches("BJDS-\\d{4}-\\d{6,}");
        assertThat(queryCode).hasSize(10);
        JsonNode view = api.get("demo-credit-office", "/api/v1/cases/" + caseNumber).json();
        assertThat(view.get("stage").asText()).isEqualTo("TRIAGE");
        assertThat(view.get("channel").asText()).isEqualTo("PUBLIC");
        assertThat(view.get("category").asText()).isEqualTo("FAKE_TRANSACTIONS");
        assertThat(view.get("subject").get("creditCode").asText()).isEqualTo(creditCode);
        assertThat(view.get("subject").get("name").asText()).isEqualTo("宝鸡市浏览器测试网店有限公司");
        assertThat(view.get("subject").get("districtCode").asText()).isEqualTo("610303");

        browser.open("/status").type("#caseNumber", caseNumber).type("#queryCode", queryCode);
        browser.find("#status-form button, #status-form [type=submit]").click();
        assertThat(browser.waitFor("#stage").getText()).contains("已受理");
        browser.screenshot("04-status");
        collectConsole();

        browser.open("/status").type("#caseNumber", caseNumber).type("#queryCode", "AAAAAAAAAA");
        browser.find("#status-form button, #status-form [type=submit]").click();
        assertThat(browser.waitFor("#status-not-found").getText()).contains("未找到");
        assertThat(browser.all("#stage")).isEmpty();
        browser.screenshot("05-status-wrong-code");
    }

    @Test
    void aWrongFieldShowsItsMessageNextToItAndKeepsTheValues() {
        browser.open("/complaints/new");
        browser.type("#reporterName", "李明").type("#reporterPhone", "13800001111")
                .type("#subjectName", "宝鸡某网店");
        new Select(browser.find("#subjectType")).selectByValue("ENTERPRISE");
        browser.type("#subjectCreditCode", "91610302MA6X00001A");
        new Select(browser.find("#category")).selectByValue("FAKE_REVIEWS");
        browser.type("#description", "雇人刷好评，评价内容雷同，明显虚假。");
        browser.find("#complaint-submit").click();

        assertThat(browser.waitFor("#subjectCreditCode-error").getText()).isNotBlank();
        assertThat(browser.find("#subjectCreditCode").getAttribute("aria-describedby")).contains("subjectCreditCode-error");
        assertThat(browser.find("#subjectName").getAttribute("value")).isEqualTo("宝鸡某网店");
        assertThat(browser.find("#error-summary").getText()).contains("提交未成功");
        browser.screenshot("06-complaint-wrong-field");
    }

    @Test
    void aPublishedEntryAppearsMaskedAndCanBeFound() {
        String idNumber = TestIdentifiers.residentId(random, "610302", LocalDate.of(1988, 6, 6));
        ListEntry entry = transaction.execute(s -> registry.list(new NewListing(
                new ListedSubject("NATURAL_PERSON", "赵浏览", null, idNumber, null), "CHAOXIN_BLACKLIST",
                EntrySource.LOCAL, "610302", "渭滨区电子商务领域严重失信专项治理工作小组", "组织刷单一千余笔。",
                today(), today().plusMonths(36), today().plusMonths(12).plusDays(1), "BJ-2026-1", null, null), "test"));
        publishEverything();

        browser.open("/lists?q=" + java.net.URLEncoder.encode("赵浏览", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.find("#result-count").getText()).contains("共 1 条");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        assertThat(browser.find("#entries").getText()).contains("赵浏览", masked).doesNotContain(idNumber);
        browser.screenshot("07-lists");
        collectConsole();

        browser.find("#entries a").click();
        assertThat(browser.waitFor("#id-number").getText()).isEqualTo(masked);
        assertThat(browser.find("#list-type").getText()).isEqualTo("炒信黑名单");
        assertThat(browser.source()).doesNotContain(idNumber);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/lists/" + entry.id());
        browser.screenshot("08-list-entry");
        collectConsole();

        browser.find("#repair-link").click();
        assertThat(browser.waitFor("#repair-subject").getText()).as("masked: the page serves unpublished entries too")
                .isEqualTo("赵**");
        browser.screenshot("09-repair-form");
        browser.type("#subjectIdentifier", idNumber).type("#applicantName", "赵浏览").type("#contactPhone", "13912340000")
                .type("#commitment", "本人承诺今后诚信经营，不再组织或参与任何刷单炒信行为，自愿接受社会监督。")
                .type("#penaltiesFulfilled", "已缴清罚款（宝市监罚〔2026〕9号），已删除全部虚假评价。");
        browser.find("input[name=trainingAttended][value=yes]").click();
        browser.find("#repair-submit").click();
        assertThat(browser.waitFor("#error-summary").getText())
                .as("a listing too young to repair is refused with the date, the values kept")
                .contains(today().plusMonths(12).plusDays(1).toString(), "起方可申请信用修复");
        assertThat(browser.find("#applicantName").getAttribute("value")).isEqualTo("赵浏览");
        browser.screenshot("10-repair-not-yet-eligible");
    }

    private void publishEverything() {
        Tasks tasks = new Tasks(api, managementService);
        String pi = api.postJson("demo-credit-office", "/engine-rest/process-definition/key/listPublication/start",
                Map.of()).json().get("id").asText();
        tasks.complete("demo-credit-office", tasks.onlyTask("demo-credit-office", pi, "approvePublication"),
                Map.of("publicationDecision", "APPROVE_ALL"));
        tasks.runJobs(pi);
    }

    private void collectConsole() {
        consoleErrors.addAll(browser.consoleErrors());
    }

    private static LocalDate today() {
        return LocalDate.now(BAOJI);
    }
}

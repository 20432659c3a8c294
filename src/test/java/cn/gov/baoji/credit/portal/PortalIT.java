package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.baoji.credit.casefile.CaseFile;
import cn.gov.baoji.credit.casefile.CaseStage;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.PortalClient;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The public complaint column over real HTTP on PostgreSQL, as a browser without JavaScript uses it. */
@PostgresIntegrationTest
class PortalIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n% order list\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CaseFile caseFile;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    PortalClient browser;
    final Random random = new Random(20180319);

    @BeforeEach
    void openBrowser() {
        browser = new PortalClient(port);
    }

    @Test
    void validComplaintOpensACaseAndTheReceiptShowsItsNumberAndACode() {
        String creditCode = TestIdentifiers.creditCode(random, "610324");
        PortalClient.Page receipt = submit(form(creditCode), List.of());

        assertThat(receipt.status()).isEqualTo(200);
        String caseNumber = receipt.text("caseNumber");
        String code = receipt.text("queryCode");
        assertThat(caseNumber).matches("BJDS-\\d{4}-\\d{6}");
        assertThat(code).matches("[" + QueryCodes.ALPHABET + "]{10}");
        assertThat(receipt.text("write-down")).contains("只显示这一次");
        assertThat(receipt.header("Cache-Control")).contains("no-store");

        var complaint = jdbc.sql("SELECT channel, submitted_by, reporter_name, reporter_phone, subject_credit_code,"
                + " subject_district_code, category, description FROM intake_complaint WHERE case_number = ?")
                .param(caseNumber).query().singleRow();
        assertThat(complaint).containsEntry("channel", "PUBLIC").containsEntry("submitted_by", "portal")
                .containsEntry("reporter_name", "王秀英").containsEntry("reporter_phone", "13912345678")
                .containsEntry("subject_credit_code", creditCode).containsEntry("subject_district_code", "610324")
                .containsEntry("category", "FAKE_REVIEWS");
        assertThat(caseFile.find(caseNumber)).get().satisfies(c -> {
            assertThat(c.stage()).isEqualTo(CaseStage.TRIAGE);
            assertThat(c.channel()).isEqualTo("PUBLIC");
            assertThat(c.processInstanceId()).isNotNull();
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
                .isEqualTo(1);
        String hash = jdbc.sql("SELECT code_hash FROM portal_receipt WHERE case_number = ?").param(caseNumber)
                .query(String.class).single();
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(code.toLowerCase());
    }

    @Test
    void evidenceIsStoredWithTheCaseInTheSameSubmission() {
        PortalClient.Page receipt = submit(form(TestIdentifiers.creditCode(random, "610302")), List.of(
                new PortalClient.Upload("evidence", "shop.png", "image/png", PNG),
                new PortalClient.Upload("evidence", "orders.pdf", "application/pdf", PDF)));

        assertThat(receipt.status()).isEqualTo(200);
        List<Map<String, Object>> evidence = jdbc.sql("SELECT file_name, media_type, uploaded_by FROM casefile_evidence"
                + " WHERE case_number = ? ORDER BY file_name").param(receipt.text("caseNumber")).query().listOfRows();
        assertThat(evidence).extracting(row -> row.get("file_name") + " " + row.get("media_type") + " "
                + row.get("uploaded_by")).containsExactly("orders.pdf application/pdf portal",
                "shop.png image/png portal");
    }

    @Test
    void evidenceThatIsNoPictureOrPdfIsRefusedAndNothingIsFiled() {
        List<Long> before = counts();
        PortalClient.Page refused = submit(form(TestIdentifiers.creditCode(random, "610302")), List.of(
                new PortalClient.Upload("evidence", "invoice.pdf", "application/pdf", "MZ not a pdf".getBytes())));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("evidence-error")).contains("invoice.pdf", "不是 PDF、JPG 或 PNG 文件");
        assertThat(refused.text("evidence-notice")).contains("重新选择");
        assertThat(refused.value("reporterName")).isEqualTo("王秀英");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badCreditCodeComesBackWithTheMessageAtTheFieldAndEveryValueKept() {
        List<Long> before = counts();
        Map<String, String> fields = form("91610302MA6X00001F"); // check character wrong
        fields.put("subjectDistrictCode", "610303");
        fields.put("occurredFrom", "2026-01-05");

        PortalClient.Page refused = submit(fields, List.of());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.element("caseNumber")).isNull();
        assertThat(refused.text("subjectCreditCode-error")).contains("统一社会信用代码有误");
        String input = refused.element("subjectCreditCode");
        assertThat(refused.attribute(input, "aria-invalid")).isEqualTo("true");
        assertThat(refused.attribute(input, "aria-describedby")).contains("subjectCreditCode-error");
        assertThat(refused.text("error-summary")).contains("1 处", "统一社会信用代码");
        assertThat(refused.body()).contains("href=\"#subjectCreditCode\"");
        assertThat(refused.value("subjectCreditCode")).isEqualTo("91610302MA6X00001F");
        assertThat(refused.value("reporterName")).isEqualTo("王秀英");
        assertThat(refused.value("reporterEmail")).isEqualTo("wang.xiuying@example.cn");
        assertThat(refused.value("subjectName")).isEqualTo("宝鸡市某某电子商务有限公司");
        assertThat(refused.value("occurredFrom")).isEqualTo("2026-01-05");
        assertThat(refused.selected("subjectType")).isEqualTo("ENTERPRISE");
        assertThat(refused.selected("subjectDistrictCode")).isEqualTo("610303");
        assertThat(refused.selected("category")).isEqualTo("FAKE_REVIEWS");
        assertThat(refused.text("description")).isEqualTo(fields.get("description"));
        assertThat(refused.element("reporterName-error")).isNull();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyProblemIsListedAtOnceInTheOrderOfTheForm() {
        Map<String, String> fields = form("");
        fields.put("reporterName", " ");
        fields.put("reporterPhone", "");
        fields.put("reporterEmail", "");
        fields.put("description", "刷单");
        fields.put("occurredTo", "someday");

        PortalClient.Page refused = submit(fields, List.of());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("reporterName-error")).isEqualTo("请填写姓名或单位名称");
        assertThat(refused.text("reporterPhone-error")).contains("至少填写一项");
        assertThat(refused.text("subjectCreditCode-error")).contains("企业时，请填写统一社会信用代码");
        assertThat(refused.text("description-error")).contains("10 至 5000");
        assertThat(refused.text("occurredTo-error")).contains("年-月-日");
        assertThat(refused.text("error-summary")).contains("5 处");
        assertThat(refused.body().indexOf("#reporterName\"")).isLessThan(refused.body().indexOf("#description\""));
    }

    @Test
    void statusShowsTheStageForTheRightCodeAndOneAnswerForEverythingElse() {
        PortalClient.Page receipt = submit(form(TestIdentifiers.creditCode(random, "610330")), List.of());
        String caseNumber = receipt.text("caseNumber");
        String code = receipt.text("queryCode");

        PortalClient.Page accepted = queryStatus(caseNumber.toLowerCase(), code.substring(0, 5) + "-" + code.substring(5));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("stage")).isEqualTo("已受理");
        assertThat(accepted.text("lastChanged")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(accepted.body()).doesNotContain("王秀英", "13912345678", "宝鸡市某某", "刷单");

        transaction.executeWithoutResult(status -> caseFile.moveTo(caseNumber, CaseStage.INVESTIGATION));
        assertThat(queryStatus(caseNumber, code).text("stage")).isEqualTo("调查核实中");

        String wrongCode = code.equals("2222222222") ? "3333333333" : "2222222222";
        PortalClient.Page wrong = queryStatus(caseNumber, wrongCode);
        PortalClient.Page unknown = queryStatus("BJDS-2026-999999", wrongCode);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text("status-not-found")).contains("未找到与该编号和查询码相符的投诉");
        assertThat(withoutCaseNumberAndToken(wrong.body(), caseNumber))
                .isEqualTo(withoutCaseNumberAndToken(unknown.body(), "BJDS-2026-999999"));
        assertThat(wrong.element("stage")).isNull();

        PortalClient.Page empty = queryStatus(caseNumber, "");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text("queryCode-error")).isEqualTo("请填写查询码");
    }

    @Test
    void repeatedSubmissionFilesOnceAndGivesANewCode() {
        PortalClient.Page page = browser.get("/complaints/new");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", page.csrfToken(),
                "submissionKey", hiddenKey(page)));
        fields.putAll(form(TestIdentifiers.creditCode(random, "610331")));

        PortalClient.Page first = browser.postMultipart("/complaints", fields, List.of());
        PortalClient.Page again = browser.postMultipart("/complaints", fields, List.of());

        assertThat(again.text("caseNumber")).isEqualTo(first.text("caseNumber"));
        assertThat(again.text("queryCode")).isNotEqualTo(first.text("queryCode"));
        assertThat(again.text("repeated-notice")).contains("没有重复登记");
        assertThat(jdbc.sql("SELECT count(*) FROM intake_complaint WHERE subject_credit_code = ?")
                .param(fields.get("subjectCreditCode")).query(Long.class).single()).isEqualTo(1);
        assertThat(queryStatus(first.text("caseNumber"), first.text("queryCode")).element("stage")).isNull();
        assertThat(queryStatus(first.text("caseNumber"), again.text("queryCode")).text("stage")).isEqualTo("已受理");
    }

    @Test
    void filledHoneypotAnswersLikeASuccessAndFilesNothing() {
        List<Long> before = counts();
        Map<String, String> fields = form(TestIdentifiers.creditCode(random, "610302"));
        fields.put("website", "https://cheap-followers.example");

        PortalClient.Page decoy = submit(fields, List.of());

        assertThat(decoy.status()).isEqualTo(200);
        assertThat(decoy.text("caseNumber")).matches("BJDS-\\d{4}-\\d{6}");
        assertThat(decoy.text("queryCode")).matches("[" + QueryCodes.ALPHABET + "]{10}");
        assertThat(counts()).isEqualTo(before);
        assertThat(queryStatus(decoy.text("caseNumber"), decoy.text("queryCode")).text("status-not-found"))
                .contains("未找到");
    }

    @Test
    void formsPostedWithoutTheirCsrfTokenAreRefusedWith403() {
        List<Long> before = counts();
        PortalClient stranger = new PortalClient(port);
        PortalClient.Page noToken = stranger.postMultipart("/complaints", form(TestIdentifiers.creditCode(random)),
                List.of());
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.text("error-title")).isEqualTo("页面已失效，请重新提交");
        assertThat(noToken.body()).contains("lang=\"zh-CN\"");

        browser.get("/complaints/new"); // has the cookie, but sends a made-up token
        Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", "made-up"));
        fields.putAll(form(TestIdentifiers.creditCode(random)));
        assertThat(browser.postMultipart("/complaints", fields, List.of()).status()).isEqualTo(403);
        assertThat(stranger.post("/status", Map.of("caseNumber", "BJDS-2026-000001", "queryCode", "ABCDEFGHJK"))
                .status()).isEqualTo(403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyPageIsChineseWithATitleAndALabelForEveryControl() {
        PortalClient.Page receipt = submit(form(TestIdentifiers.creditCode(random, "610326")), List.of());
        List<PortalClient.Page> pages = List.of(browser.get("/"), browser.get("/complaints/new"), browser.get("/status"),
                receipt, queryStatus(receipt.text("caseNumber"), receipt.text("queryCode")),
                submit(form("not-a-code"), List.of()), queryStatus("BJDS-2026-999999", "2222222222"),
                browser.get("/complaints/unknown"), browser.get("/lists"));

        for (PortalClient.Page page : pages) {
            assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
            assertThat(page.body()).containsPattern("<title>[^<]+ - 信用宝鸡</title>");
            assertThat(page.header("Content-Language")).isEqualTo("zh-CN");
            assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.body()).doesNotContain("style=", "<script").doesNotContainPattern("(src|href)=\"https?:");
            for (String control : page.formControls()) {
                String id = page.attribute(control, "id");
                assertThat(id).as(control).isNotBlank();
                assertThat(page.body()).as("label for " + id).contains("<label for=\"" + id + "\"");
                assertThat(page.body().split("id=\"" + id + "\"", -1)).as("unique id " + id).hasSize(2);
            }
        }
        assertThat(browser.get("/complaints/new").formControls()).extracting(c -> receipt.attribute(c, "id"))
                .contains("reporterName", "reporterPhone", "reporterEmail", "reporterOrganization", "subjectType",
                        "subjectName", "subjectCreditCode", "subjectIdNumber", "subjectDistrictCode",
                        "subjectPlatform", "subjectStoreName", "subjectStoreUrl", "category", "description",
                        "occurredFrom", "occurredTo", "evidence", "website");
    }

    @Test
    void theCsrfTokenLivesInAStrictHttpOnlyCookieAndNoSessionIsCreated() {
        PortalClient.Page form = new PortalClient(port).get("/complaints/new");

        assertThat(cookies(form)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(PortalSecurityConfiguration.CSRF_COOKIE + "=").contains("Path=/", "HttpOnly",
                        "SameSite=Strict"));
        assertThat(form.csrfToken()).isNotBlank();
        PortalClient.Page receipt = submit(form(TestIdentifiers.creditCode(random, "610329")), List.of());
        assertThat(receipt.text("caseNumber")).isNotNull();
        assertThat(cookies(receipt)).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    private static List<String> cookies(PortalClient.Page page) {
        return page.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    @Test
    void theHomePageIsOursAndLinksTheThreeEntries() {
        PortalClient.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text("nav-complaint")).isEqualTo("失信投诉");
        assertThat(home.attribute(home.element("entry-complaint"), "href")).isEqualTo("/complaints/new");
        assertThat(home.attribute(home.element("entry-status"), "href")).isEqualTo("/status");
        assertThat(home.attribute(home.element("entry-lists"), "href")).isEqualTo("/lists");
        assertThat(browser.get("/portal/portal.css").status()).isEqualTo(200);
        assertThat(browser.get("/portal/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void malformedRequestsGetReadablePagesAndNever500() {
        List<Long> before = counts();
        PortalClient.Page get = browser.get("/complaints");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.text("error-title")).isEqualTo("访问方式不正确");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(browser.send("PUT", "/status").status()).isEqualTo(405);
        assertThat(browser.send("DELETE", "/complaints/new").status()).isEqualTo(405);
        PortalClient.Page missing = browser.get("/complaints/unknown");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("error-title")).isEqualTo("页面不存在");

        String token = browser.get("/complaints/new").csrfToken();
        PortalClient.Page truncated = browser.postRaw("/complaints", "multipart/form-data; boundary=xyz",
                ("--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                        + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a.pdf\"\r\n\r\n%PDF")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.text("error-title")).isEqualTo("请求无法处理");

        PortalClient.Page tooLarge = submit(form(TestIdentifiers.creditCode(random)), List.of(
                new PortalClient.Upload("evidence", "video.pdf", "application/pdf", new byte[11 * 1024 * 1024 + 512 * 1024])));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text("error-title")).isEqualTo("上传的文件过大");

        PortalClient.Page urlEncoded = browser.post("/complaints", Map.of("_csrf", token));
        assertThat(urlEncoded.status()).isEqualTo(200);
        assertThat(urlEncoded.text("error-summary")).contains("请填写姓名或单位名称");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void portalHandlersServeOnlyGetAndPostSoThatCsrfCoversEveryChange() {
        var portal = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().equals(PortalIT.class.getPackageName()))
                .toList();
        assertThat(portal).hasSizeGreaterThanOrEqualTo(5);
        assertThat(portal).allSatisfy(e -> assertThat(e.getKey().getMethodsCondition().getMethods())
                .hasSize(1).isSubsetOf(RequestMethod.GET, RequestMethod.POST));
    }

    @Test
    void aFailureWhileStoringEvidenceFilesNothingAtAll() {
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION portal_it_refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'evidence store unavailable'; END $$""").update();
        jdbc.sql("CREATE TRIGGER portal_it_refuse BEFORE INSERT ON casefile_evidence FOR EACH ROW"
                + " WHEN (NEW.file_name = 'refused.png') EXECUTE FUNCTION portal_it_refuse_evidence()").update();
        try {
            List<Long> before = counts();
            long processes = historyService.createHistoricProcessInstanceQuery().count();

            PortalClient.Page failed = submit(form(TestIdentifiers.creditCode(random, "610328")), List.of(
                    new PortalClient.Upload("evidence", "shop.png", "image/png", PNG),
                    new PortalClient.Upload("evidence", "refused.png", "image/png", java.util.Arrays.copyOf(PNG, PNG.length + 1))));

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.text("error-title")).isEqualTo("系统暂时无法处理");
            assertThat(failed.body()).doesNotContain("Exception", "evidence store unavailable");
            assertThat(counts()).isEqualTo(before);
            assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
        } finally {
            jdbc.sql("DROP TRIGGER portal_it_refuse ON casefile_evidence").update();
            jdbc.sql("DROP FUNCTION portal_it_refuse_evidence()").update();
        }
    }

    private PortalClient.Page submit(Map<String, String> fields, List<PortalClient.Upload> files) {
        PortalClient.Page page = browser.get("/complaints/new");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", page.csrfToken());
        all.put("submissionKey", hiddenKey(page));
        all.putAll(fields);
        return browser.postMultipart("/complaints", all, files);
    }

    private PortalClient.Page queryStatus(String caseNumber, String code) {
        PortalClient.Page page = browser.get("/status");
        return browser.post("/status", Map.of("_csrf", page.csrfToken(), "caseNumber", caseNumber,
                "queryCode", code));
    }

    private static String hiddenKey(PortalClient.Page page) {
        return page.attribute(page.body().lines().filter(l -> l.contains("name=\"submissionKey\"")).findFirst()
                .orElseThrow(), "value");
    }

    private static String withoutCaseNumberAndToken(String body, String caseNumber) {
        return body.replace(caseNumber, "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    /** A complete, valid complaint as a citizen fills in the form (before CSRF token and key). */
    static Map<String, String> form(String creditCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reporterName", "王秀英");
        fields.put("reporterPhone", "13912345678");
        fields.put("reporterEmail", "wang.xiuying@example.cn");
        fields.put("reporterOrganization", "");
        fields.put("subjectType", "ENTERPRISE");
        fields.put("subjectName", "宝鸡市某某电子商务有限公司");
        fields.put("subjectCreditCode", creditCode);
        fields.put("subjectIdNumber", "");
        fields.put("subjectDistrictCode", "");
        fields.put("subjectPlatform", "某电商平台");
        fields.put("subjectStoreName", "某某旗舰店");
        fields.put("subjectStoreUrl", "https://shop.example.cn/123");
        fields.put("category", "FAKE_REVIEWS");
        fields.put("description", "该店铺组织买家刷好评，以返现诱导虚假评价，误导消费者。");
        fields.put("occurredFrom", "");
        fields.put("occurredTo", "");
        fields.put("website", "");
        return fields;
    }

    private List<Long> counts() {
        return Set.of("casefile_case", "casefile_event", "casefile_evidence", "intake_complaint", "portal_receipt")
                .stream().sorted()
                .map(table -> jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).toList();
    }
}

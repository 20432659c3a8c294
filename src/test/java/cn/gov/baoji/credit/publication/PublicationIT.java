package cn.gov.baoji.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListedSubject;
import cn.gov.baoji.credit.registry.NewListing;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import cn.gov.baoji.credit.support.Api;
import cn.gov.baoji.credit.support.Complaints;
import cn.gov.baoji.credit.support.PostgresIntegrationTest;
import cn.gov.baoji.credit.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication on PostgreSQL: a batch approved by the credit office changes what the public sees, a held-back
 * entry stays unpublished, a removal is withdrawn at once; and a scan of 500 rendered entries and every feed
 * finds no unmasked ID number, no phone number and no reporter.
 */
@PostgresIntegrationTest
class PublicationIT {

    static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");
    static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    @LocalServerPort
    int port;
    @Autowired
    ListRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ManagementService managementService;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    Tasks tasks;
    final Random random = new Random(44);

    @BeforeEach
    void client() {
        api = new Api(port);
        tasks = new Tasks(api, managementService);
    }

    @Test
    void anApprovedBatchChangesWhatThePublicSeesAndARemovalIsWithdrawnAtOnce() {
        ListEntry person = list(naturalPerson("李某某"), "CHAOXIN_BLACKLIST");
        ListEntry shop = list(enterprise("宝鸡市公示测试网店"), "ECOMMERCE_BLACKLIST");
        ListEntry held = list(enterprise("宝鸡市暂缓公示网店"), "KEY_ATTENTION");
        assertThat(feedIds()).doesNotContain(person.id(), shop.id(), held.id());

        String pi = publish(Map.of("publicationDecision", "HOLD_BACK",
                "heldBackEntries", held.id().substring(0, 8) + "：当事人已提出异议，待复核"));

        assertThat(feedIds()).contains(person.id(), shop.id()).doesNotContain(held.id());
        String id = person.subject().idNumber();
        String page = api.get(null, "/lists/" + person.id()).body();
        assertThat(page).contains("李某某", id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
        String exposure = tasks.onlyTask("demo-commerce", pi, "publicityExposure");
        assertThat(tasks.complete("demo-commerce", exposure, Map.of("exposureOutlet", "宝鸡日报",
                "exposureDate", today().toString(), "exposureLink", "javascript:alert(1)")).status()).isEqualTo(400);
        assertThat(tasks.complete("demo-commerce", exposure, Map.of("exposureOutlet", "宝鸡日报",
                "exposureDate", today().toString(), "exposureLink", "https://news.example.cn/2026/11/28/credit"))
                .status()).isEqualTo(204);

        publish(Map.of("publicationDecision", "APPROVE_ALL"));
        assertThat(feedIds()).as("a held-back entry is offered again in the next batch").contains(held.id());

        transaction.executeWithoutResult(s -> registry.remove(shop.id(), "test", "异议成立，移出名单"));
        assertThat(feedIds()).as("withdrawn at once, without a batch").doesNotContain(shop.id()).contains(person.id());
        assertThat(api.get(null, "/lists/" + shop.id()).status()).isEqualTo(404);
        assertThat(api.get(null, "/lists/feed.atom").body()).contains(shop.id() + ":withdrawn");
    }

    @Test
    void fiveHundredPublishedEntriesAndTheFeedsShowNoFullIdNumberNoPhoneAndNoReporter() {
        List<String> idNumbers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ListEntry entry = i % 2 == 0 ? list(naturalPerson("张" + i), "CHAOXIN_BLACKLIST")
                    : list(enterprise("宝鸡扫描网店" + i), "KEY_ATTENTION");
            if (entry.subject().idNumber() != null) {
                idNumbers.add(entry.subject().idNumber());
            }
        }
        String reporter = Complaints.reporter(Complaints.aboutEnterprise(random, "610302")).get("name").toString();
        publish(Map.of("publicationDecision", "APPROVE_ALL"));

        List<String> pages = new ArrayList<>();
        JsonNode feed = api.get(null, "/lists/feed.json").json();
        assertThat(feed.get("count").asInt()).isGreaterThanOrEqualTo(500);
        for (int page = 1; page <= 26; page++) {
            pages.add(api.get(null, "/lists?page=" + page).body());
        }
        feed.get("entries").forEach(e -> {
            if (pages.size() < 26 + 500) {
                pages.add(api.get(null, "/lists/" + e.get("entryId").asText()).body());
            }
        });
        pages.add(feed.toString());
        pages.add(api.get(null, "/lists/feed.csv").body());
        pages.add(api.get(null, "/lists/feed.atom").body());

        assertThat(pages).hasSizeGreaterThanOrEqualTo(26 + 500 + 3);
        for (String text : pages) {
            assertThat(matches(FULL_ID_NUMBER, text)).as("full ID numbers").isEmpty();
            assertThat(matches(PHONE, text)).as("phone numbers").isEmpty();
            assertThat(text).doesNotContain(reporter);
        }
        String all = String.join("\n", pages);
        assertThat(idNumbers).allSatisfy(id -> assertThat(all).doesNotContain(id)
                .contains(id.substring(0, 6) + "********" + id.substring(14)));
    }

    private String publish(Map<String, Object> approval) {
        Api.Response started = api.postJson("demo-credit-office",
                "/engine-rest/process-definition/key/listPublication/start", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String pi = started.json().get("id").asText();
        assertThat(api.get("demo-credit-office", "/engine-rest/task?processInstanceId=" + pi).json())
                .as(() -> "tasks of the batch; batches: " + jdbc.sql("SELECT id, changes_since, changes_until, collected_at"
                        + " FROM publication_batch ORDER BY id").query().listOfRows() + " entries: " + jdbc.sql(
                        "SELECT id, updated_at FROM registry_list_entry ORDER BY updated_at DESC FETCH FIRST 3 ROWS ONLY")
                        .query().listOfRows() + " now " + java.time.Instant.now())
                .hasSize(1);
        String approve = tasks.onlyTask("demo-credit-office", pi, "approvePublication");
        assertThat(tasks.complete("demo-credit-office", approve, approval).status()).isEqualTo(204);
        tasks.runJobs(pi);
        return pi;
    }

    private List<String> feedIds() {
        List<String> ids = new ArrayList<>();
        api.get(null, "/lists/feed.json").json().get("entries")
                .forEach(e -> ids.add(e.get("entryId").asText()));
        return ids;
    }

    private ListEntry list(ListedSubject subject, String listType) {
        LocalDate decided = today().minusDays(3);
        return transaction.execute(s -> registry.list(new NewListing(subject, listType, EntrySource.LOCAL, "610302",
                "渭滨区电子商务领域严重失信专项治理工作小组", "组织刷单，虚构交易。", decided, decided.plusMonths(36),
                decided.plusMonths(12).plusDays(1), "BJ-2026-1", null, null), "test"));
    }

    private ListedSubject naturalPerson(String name) {
        LocalDate born = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new ListedSubject("NATURAL_PERSON", name, null, TestIdentifiers.residentId(random, "610302", born),
                null);
    }

    private ListedSubject enterprise(String name) {
        return new ListedSubject("ENTERPRISE", name, TestIdentifiers.creditCode(random, "610302"), null, "王某");
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static LocalDate today() {
        return LocalDate.now(BAOJI);
    }
}

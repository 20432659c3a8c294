package cn.gov.baoji.credit.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.shared.PageTotal;
import cn.gov.baoji.credit.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list and search endpoints over many rows, made with {@code generate_series}: {@code entries} list entries in
 * the registry and as many published entries (ids {@code bench-<n>}), and {@code cases} historic cases (numbers of
 * the years 2021–2024, received one every two minutes, nine in ten closed). Rows spread over the twelve counties,
 * the list types, the channels and the submitters; names are made of common words, so that a part of a name matches
 * one row in 600, as a real search for "星辰电子" would. Each query is then asked for a while at one client, and
 * EXPLAIN shows the plans of the SQL its endpoint runs (copied here from the repositories: a page and its count).
 */
final class LargeData {

    private static final String COUNTIES = "(ARRAY['610302','610303','610304','610305','610323','610324','610326',"
            + "'610327','610328','610329','610330','610331'])[1 + g % 12]";
    private static final String LIST_TYPES = "(ARRAY['KEY_ATTENTION','ECOMMERCE_BLACKLIST','CHAOXIN_BLACKLIST'])[1 + g % 3]";
    private static final String NAMES = "'宝鸡市' || (ARRAY['秦川','星辰','渭水','凤鸣','金台','陈仓','岐山','太白','周原',"
            + "'宝光','西岐','华夏','锦程','鸿运','瑞丰','盛世','天成','永兴','恒通','博雅','嘉禾','明珠','汇通','乐购',"
            + "'优品','惠民','鑫源','宏达','昌盛','祥和'])[1 + g % 30] || (ARRAY['电子','网络','商贸','科技','数码','食品',"
            + "'服饰','农产','家居','美妆','母婴','百货','文化','传媒','物流','电器','茶叶','酒业','果业','药业'])"
            + "[1 + (g / 30) % 20] || (ARRAY['商务有限公司','有限公司','网店','旗舰店','专营店'])[1 + (g / 600) % 5]";
    /** Row 12345's credit code; every generated code is '91' + county + 9 digits + 'X'. */
    static final String CODE_OF_12345 = "91610304000012345X";
    private static final String NAME_PART = "星辰电子";

    private LargeData() {
    }

    static double generateEntries(JdbcClient jdbc, int n) {
        long t0 = System.nanoTime();
        String code = "'91' || " + COUNTIES + " || lpad(g::text, 9, '0') || 'X'";
        jdbc.sql("INSERT INTO registry_list_entry (id, list_type, status, source, subject_type, subject_name,"
                + " credit_code, county_code, designating_authority, basis, decision_date, valid_from, valid_until,"
                + " repair_eligible_from, case_number, listed_key, version, created_at, updated_at)"
                + " SELECT 'bench-' || g, " + LIST_TYPES + ", CASE WHEN g % 10 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END,"
                + " 'LOCAL', 'ENTERPRISE', " + NAMES + ", " + code + ", " + COUNTIES + ","
                + " '宝鸡市测试区工作组', '生成的测试数据', current_date - (g % 700), current_date - (g % 700),"
                + " current_date - (g % 700) + 365, current_date - (g % 700) + 180, 'BJDS-2025-' || lpad(g::text, 7, '0'),"
                + " CASE WHEN g % 10 = 0 THEN NULL ELSE " + code + " || ':' || " + LIST_TYPES + " END, 1, now(), now()"
                + " FROM generate_series(1, " + n + ") g").update();
        jdbc.sql("INSERT INTO publication_entry (entry_id, list_type, subject_type, subject_name, credit_code,"
                + " county_code, designating_authority, basis, decision_date, valid_from, valid_until, published_at,"
                + " withdrawn_at) SELECT 'bench-' || g, " + LIST_TYPES + ", 'ENTERPRISE', " + NAMES + ", " + code + ", "
                + COUNTIES + ", '宝鸡市测试区工作组', '生成的测试数据', current_date - (g % 700), current_date - (g % 700),"
                + " current_date - (g % 700) + 365, now(), CASE WHEN g % 10 = 0 THEN now() END"
                + " FROM generate_series(1, " + n + ") g").update();
        // as autovacuum leaves old rows: statistics and the visibility map (index-only scans) up to date
        jdbc.sql("VACUUM ANALYZE registry_list_entry").update();
        jdbc.sql("VACUUM ANALYZE publication_entry").update();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Historic cases, in batches of 100,000 rows so that no single statement holds the whole load. */
    static double generateCases(JdbcClient jdbc, int n) {
        long t0 = System.nanoTime();
        String code = "'91' || " + COUNTIES + " || lpad(g::text, 9, '0') || 'X'";
        String received = "(timestamptz '2021-01-01 00:00:00+08' + g * interval '2 minutes')";
        String stage = "(ARRAY['REJECTED','REJECTED','REJECTED','REJECTED','NOT_LISTED','NOT_LISTED','NOT_LISTED',"
                + "'DUPLICATE','TRANSFERRED','LISTED'])[1 + (g / 7) % 10]";
        for (int from = 1; from <= n; from += 100_000) {
            int to = Math.min(n, from + 99_999);
            jdbc.sql("INSERT INTO casefile_case (case_number, stage, channel, category, subject_type, subject_name,"
                    + " credit_code, district_code, county_code, list_type, submitted_by, received_at, updated_at)"
                    + " SELECT 'BJDS-' || extract(year FROM " + received + " AT TIME ZONE 'Asia/Shanghai') || '-'"
                    + " || (1000000 + g), " + stage + ","
                    + " (ARRAY['PUBLIC','PUBLIC','PUBLIC','ASSOCIATION','ALLIANCE_MEMBER','DEPARTMENT','NEWS_MEDIA',"
                    + "'BIG_DATA_COMPANY'])[1 + g % 8], 'FAKE_TRANSACTIONS', 'ENTERPRISE', " + NAMES + ", " + code + ", "
                    + COUNTIES + ", CASE WHEN (g / 7) % 10 < 4 THEN NULL ELSE " + COUNTIES + " END,"
                    + " CASE WHEN (g / 7) % 10 = 9 THEN " + LIST_TYPES + " WHEN (g / 7) % 10 BETWEEN 4 AND 6"
                    + " THEN 'NOT_LISTED' END,"
                    + " (ARRAY['portal','portal','portal','demo-integrators','alliance-platform','12345-hotline'])"
                    + "[1 + g % 6], " + received + ", " + received + " + interval '20 days'"
                    + " FROM generate_series(" + from + ", " + to + ") g").update();
        }
        jdbc.sql("VACUUM ANALYZE casefile_case").update();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The queries over the list entries: path for the client, as which user, and the SQL to EXPLAIN. */
    static Map<String, Query> entryQueries() {
        Map<String, Query> queries = new LinkedHashMap<>();
        String entries = "FROM registry_list_entry WHERE 1 = 1";
        String order = " ORDER BY decision_date DESC, id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        queries.put("list-entries, first page", new Query("demo-credit-office", "/api/v1/list-entries",
                entries, order));
        queries.put("list-entries, county + status", new Query("demo-credit-office",
                "/api/v1/list-entries?county=610304&status=ACTIVE",
                entries + " AND status = 'ACTIVE' AND county_code = '610304'", order));
        queries.put("list-entries, subject (credit code)", new Query("demo-credit-office",
                "/api/v1/list-entries?subject=" + CODE_OF_12345,
                entries + " AND (credit_code = '" + CODE_OF_12345 + "' OR id_number = '" + CODE_OF_12345 + "')", order));
        queries.put("list-entries, subject (part of a name)", new Query("demo-credit-office",
                "/api/v1/list-entries?subject=" + encode(NAME_PART),
                entries + " AND subject_name LIKE '%" + NAME_PART + "%'", order));
        String published = "FROM publication_entry WHERE withdrawn_at IS NULL";
        String publishedOrder = " ORDER BY decision_date DESC, entry_id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        queries.put("public /lists, first page", new Query(null, "/lists", published, publishedOrder));
        queries.put("public /lists, part of a name", new Query(null, "/lists?q=" + encode(NAME_PART),
                published + " AND subject_name LIKE '%" + NAME_PART + "%'", publishedOrder));
        queries.put("public /lists, credit code", new Query(null, "/lists?q=" + CODE_OF_12345,
                published + " AND credit_code = '" + CODE_OF_12345 + "'", publishedOrder));
        return queries;
    }

    /** The queries over the cases, as the city, a county and an integrator see them. */
    static Map<String, Query> caseQueries() {
        Map<String, Query> queries = new LinkedHashMap<>();
        String cases = "FROM casefile_case WHERE 1 = 1";
        String order = " ORDER BY received_at DESC, case_number DESC OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY";
        queries.put("cases, first page (city)", new Query("demo-credit-office", "/api/v1/cases", cases, order));
        queries.put("cases, first page (a county)", new Query("demo-county-610304", "/api/v1/cases",
                cases + " AND (county_code IN ('610304'))", order));
        queries.put("cases, first page (an integrator)", new Query("demo-integrators", "/api/v1/cases",
                cases + " AND (submitted_by = 'demo-integrators')", order));
        queries.put("cases, open (city)", new Query("demo-credit-office", "/api/v1/cases?status=OPEN",
                cases + " AND stage IN ('TRIAGE', 'INVESTIGATION', 'DESIGNATION', 'DESIGNATED', 'PRIOR_NOTICE',"
                        + " 'STATEMENT_REVIEW', 'LISTED')", order));
        queries.put("cases, county + a month", new Query("demo-credit-office",
                "/api/v1/cases?county=610304&receivedFrom=2023-03-01&receivedTo=2023-03-31",
                cases + " AND county_code = '610304' AND received_at >= '2023-03-01 00:00+08'"
                        + " AND received_at < '2023-04-01 00:00+08'", order));
        queries.put("cases, subject (credit code)", new Query("demo-credit-office", "/api/v1/cases?subject="
                + CODE_OF_12345, cases + " AND credit_code = '" + CODE_OF_12345 + "'", order));
        queries.put("cases, subject (part of a name)", new Query("demo-credit-office", "/api/v1/cases?subject="
                + encode(NAME_PART), cases + " AND subject_name LIKE '%" + NAME_PART + "%'", order));
        return queries;
    }

    /** A request, as whom, and the SQL its endpoint runs: the {@code FROM … WHERE …} and the page's order. */
    record Query(String user, String path, String fromWhere, String pageOrder) {

        String pageSql() {
            return "SELECT * " + fromWhere + pageOrder;
        }

        String countSql() {
            return PageTotal.countSql(fromWhere);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Load.Result measure(Api api, String name, Query query, Duration duration) {
        return Load.closed(name, 1, duration, client -> api.get(query.user(), query.path()).status() == 200);
    }

    static String explain(JdbcClient jdbc, String sql) {
        List<String> plan = jdbc.sql("EXPLAIN " + sql).query(String.class).list();
        return String.join(" / ", plan.stream().map(String::strip).toList());
    }
}

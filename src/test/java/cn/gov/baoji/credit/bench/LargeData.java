package cn.gov.baoji.credit.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list and search endpoints over many rows: {@code n} list entries in the registry and as many published
 * entries, made with {@code generate_series} (ids {@code bench-<n>}, the twelve counties, three list types, names
 * and credit codes that differ). Each query is then asked for {@code seconds} at one client; EXPLAIN shows the
 * plan of the SQL each endpoint runs.
 */
final class LargeData {

    private LargeData() {
    }

    static double generate(JdbcClient jdbc, int n) {
        long t0 = System.nanoTime();
        String counties = "(ARRAY['610302','610303','610304','610305','610323','610324','610326','610327','610328',"
                + "'610329','610330','610331'])[1 + g % 12]";
        String listType = "(ARRAY['KEY_ATTENTION','ECOMMERCE_BLACKLIST','CHAOXIN_BLACKLIST'])[1 + g % 3]";
        String code = "'91' || " + counties + " || lpad(g::text, 9, '0') || 'X'";
        jdbc.sql("INSERT INTO registry_list_entry (id, list_type, status, source, subject_type, subject_name,"
                + " credit_code, county_code, designating_authority, basis, decision_date, valid_from, valid_until,"
                + " repair_eligible_from, case_number, listed_key, version, created_at, updated_at)"
                + " SELECT 'bench-' || g, " + listType + ", CASE WHEN g % 10 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END,"
                + " 'LOCAL', 'ENTERPRISE', '宝鸡市测试' || g || '电子商务有限公司', " + code + ", " + counties + ","
                + " '宝鸡市测试区工作组', '生成的测试数据', current_date - (g % 700), current_date - (g % 700),"
                + " current_date - (g % 700) + 365, current_date - (g % 700) + 180, 'BJDS-2025-' || lpad(g::text, 7, '0'),"
                + " CASE WHEN g % 10 = 0 THEN NULL ELSE " + code + " || ':' || " + listType + " END, 1, now(), now()"
                + " FROM generate_series(1, " + n + ") g").update();
        jdbc.sql("INSERT INTO publication_entry (entry_id, list_type, subject_type, subject_name, credit_code,"
                + " county_code, designating_authority, basis, decision_date, valid_from, valid_until, published_at,"
                + " withdrawn_at) SELECT 'bench-' || g, " + listType + ", 'ENTERPRISE',"
                + " '宝鸡市测试' || g || '电子商务有限公司', " + code + ", " + counties + ", '宝鸡市测试区工作组',"
                + " '生成的测试数据', current_date - (g % 700), current_date - (g % 700), current_date - (g % 700) + 365,"
                + " now(), CASE WHEN g % 10 = 0 THEN now() END FROM generate_series(1, " + n + ") g").update();
        jdbc.sql("ANALYZE registry_list_entry").update();
        jdbc.sql("ANALYZE publication_entry").update();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The queries: path for the client, as which user, and the SQL (as the repository builds it) to EXPLAIN. */
    static Map<String, Query> queries() {
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("list-entries, first page", new Query("demo-credit-office", "/api/v1/list-entries",
                "SELECT * FROM registry_list_entry WHERE 1 = 1 ORDER BY decision_date DESC, id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"));
        queries.put("list-entries, county + status", new Query("demo-credit-office",
                "/api/v1/list-entries?county=610304&status=ACTIVE",
                "SELECT * FROM registry_list_entry WHERE 1 = 1 AND status = 'ACTIVE' AND county_code = '610304'"
                        + " ORDER BY decision_date DESC, id OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"));
        queries.put("list-entries, subject (credit code)", new Query("demo-credit-office",
                "/api/v1/list-entries?subject=91610304000012345X",
                "SELECT count(*) FROM registry_list_entry WHERE 1 = 1 AND (credit_code = '91610304000012345X'"
                        + " OR id_number = '91610304000012345X' OR subject_name LIKE '%91610304000012345X%')"));
        queries.put("public /lists, first page", new Query(null, "/lists",
                "SELECT * FROM publication_entry WHERE withdrawn_at IS NULL ORDER BY decision_date DESC, entry_id"
                        + " OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY"));
        queries.put("public /lists, name search", new Query(null, "/lists?q=%E6%B5%8B%E8%AF%9512345",
                "SELECT count(*) FROM publication_entry WHERE withdrawn_at IS NULL AND (credit_code = '测试12345'"
                        + " OR subject_name LIKE '%测试12345%')"));
        return queries;
    }

    record Query(String user, String path, String sql) {
    }

    static Load.Result measure(Api api, String name, Query query, Duration duration) {
        return Load.closed(name, 1, duration, client -> api.get(query.user(), query.path()).status() == 200);
    }

    static String explain(JdbcClient jdbc, String sql) {
        List<String> plan = jdbc.sql("EXPLAIN " + sql).query(String.class).list();
        return String.join(" / ", plan.stream().map(String::strip).toList());
    }
}

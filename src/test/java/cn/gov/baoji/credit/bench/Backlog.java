package cn.gov.baoji.credit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backlog of open cases, made fast on PostgreSQL: one real instance waiting in a user task is copied {@code n}
 * times with {@code generate_series}: its runtime rows (executions, tasks, variables, timer jobs, subscriptions,
 * identity links, authorizations, byte arrays) and its history so far (instance, activities, task, variables and
 * their details, identity links, operation log, job log), every id of the instance mapped to {@code b<n>:<id>} (the id's last 56 characters) and
 * the business key to {@code BL<n>-<key>}. Each copy is a consistent instance the engine can query, wait on and fire
 * timers of; the product's own case rows are not copied (the list benchmark generates 1,000,000 of those).
 */
final class Backlog {

    /** The history of the instance so far, copied with it: the history tables grow as they would in weeks. */
    private static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log");

    private Backlog() {
    }

    /** Copies the instance {@code n} times; returns the seconds it took. */
    static double copy(JdbcClient jdbc, String processInstanceId, int n) {
        long t0 = System.nanoTime();
        jdbc.sql("DROP TABLE IF EXISTS bench_ids").update();
        jdbc.sql("CREATE TEMPORARY TABLE bench_ids (id varchar(64) PRIMARY KEY)").update();
        String pi = processInstanceId.replace("'", "");
        collect(jdbc, "SELECT id_ FROM act_ru_execution WHERE proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT id_ FROM act_ru_variable WHERE proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT id_ FROM act_ru_job WHERE process_instance_id_ = '" + pi + "'");
        collect(jdbc, "SELECT id_ FROM act_ru_event_subscr WHERE proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT id_ FROM act_ru_identitylink WHERE task_id_ IN (SELECT id FROM bench_ids)");
        collect(jdbc, "SELECT id_ FROM act_ru_authorization WHERE resource_id_ IN (SELECT id FROM bench_ids)");
        for (String table : HISTORY) {
            collect(jdbc, "SELECT id_ FROM " + table + " WHERE root_proc_inst_id_ = '" + pi + "'");
        }
        collect(jdbc, "SELECT bytearray_id_ FROM act_hi_detail WHERE root_proc_inst_id_ = '" + pi + "'");
        collect(jdbc, "SELECT bytearray_id_ FROM act_hi_varinst WHERE root_proc_inst_id_ = '" + pi + "'");
        String mine = " IN (SELECT id FROM bench_ids)";
        copyRows(jdbc, "act_ge_bytearray", "id_" + mine, n);
        copyRows(jdbc, "act_ru_execution", "proc_inst_id_ = '" + pi + "'", n);
        copyRows(jdbc, "act_ru_task", "proc_inst_id_ = '" + pi + "'", n);
        copyRows(jdbc, "act_ru_variable", "proc_inst_id_ = '" + pi + "'", n);
        copyRows(jdbc, "act_ru_job", "process_instance_id_ = '" + pi + "'", n);
        copyRows(jdbc, "act_ru_event_subscr", "proc_inst_id_ = '" + pi + "'", n);
        copyRows(jdbc, "act_ru_identitylink", "task_id_" + mine, n);
        copyRows(jdbc, "act_ru_authorization", "id_" + mine, n);
        for (String table : HISTORY) {
            copyRows(jdbc, table, "root_proc_inst_id_ = '" + pi + "'", n);
        }
        jdbc.sql("DROP TABLE bench_ids").update();
        List<String> analyzed = new ArrayList<>(List.of("act_ru_execution", "act_ru_task", "act_ru_variable",
                "act_ru_job", "act_ru_identitylink", "act_ru_authorization", "act_ge_bytearray"));
        analyzed.addAll(HISTORY);
        for (String table : analyzed) {
            jdbc.sql("ANALYZE " + table).update();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void collect(JdbcClient jdbc, String select) {
        jdbc.sql("INSERT INTO bench_ids SELECT DISTINCT x FROM (" + select + ") s(x) WHERE x IS NOT NULL"
                + " ON CONFLICT DO NOTHING").update();
    }

    private static void copyRows(JdbcClient jdbc, String table, String where, int n) {
        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " AND table_schema = current_schema() ORDER BY ordinal_position").param(table)
                .query(String.class).list();
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            String c = column.toLowerCase(Locale.ROOT);
            if (c.equals("business_key_")) {
                values.add("CASE WHEN s.business_key_ IS NULL THEN NULL ELSE 'BL' || g || '-' || s.business_key_ END");
            } else if (c.endsWith("id_") || c.equals("super_exec_") || c.equals("var_scope_")) {
                // the end of an id is its unique part (activity instance ids are "<activity id>:<uuid>"): kept
                // whole so that a copy's id stays within the columns' 64 characters
                values.add("CASE WHEN s." + c + " IN (SELECT id FROM bench_ids) THEN 'b' || g || ':' || right(s."
                        + c + ", 56) ELSE s." + c + " END");
            } else {
                values.add("s." + c);
            }
        }
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " s, generate_series(1, " + n + ") g WHERE s." + where).update();
    }
}

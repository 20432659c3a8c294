package cn.gov.baoji.credit.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes Camunda 7's schema lacks for this load (docs/performance.md has the figures before and after):
 * <ul>
 * <li>{@code ACT_RU_TASK (PARENT_TASK_ID_)}: every task completion looks the task's subtasks up by that column,
 * which without an index scans every open task;</li>
 * <li>{@code ACT_RU_JOB (DUEDATE_)}: the job executor acquires the jobs that are due, earliest first
 * ({@code jobExecutorAcquireByDueDate}, every job with a due date: {@code ensureJobDueDateNotNull}); without the index
 * each acquisition reads every job, and a national import leaves a hundred thousand reminder timers weeks ahead.
 * Jobs written before due dates were ensured get theirs set to when they were created, or they would never run.</li>
 * </ul>
 * The engine creates its own schema, not Flyway, so this runs once the engine is built; {@code IF NOT EXISTS} on H2
 * and PostgreSQL. A failure costs speed, not correctness: it is logged and the engine starts.
 */
@Component
class EngineIndexPlugin extends AbstractProcessEnginePlugin {

    static final List<Index> INDEXES = List.of(new Index("ACT_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"),
            new Index("ACT_IDX_JOB_DUEDATE", "ACT_RU_JOB", "DUEDATE_"));
    private static final Logger log = LoggerFactory.getLogger(EngineIndexPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        createIndexes(configuration.getDataSource(), prefix);
        if (configuration.isEnsureJobDueDateNotNull()) {
            setMissingDueDates(configuration.getDataSource(), prefix);
        }
    }

    static void createIndexes(DataSource dataSource, String prefix) {
        for (Index index : INDEXES) {
            execute(dataSource, "CREATE INDEX IF NOT EXISTS " + index.name() + " ON " + prefix + index.table() + " ("
                    + index.column() + ")");
        }
    }

    static void setMissingDueDates(DataSource dataSource, String prefix) {
        execute(dataSource, "UPDATE " + prefix + "ACT_RU_JOB SET DUEDATE_ = CREATE_TIME_ WHERE DUEDATE_ IS NULL");
    }

    private static void execute(DataSource dataSource, String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            sql.execute(statement);
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            log.warn("Could not run {}: {}", statement, e.getMessage());
        }
    }

    record Index(String name, String table, String column) {
    }
}

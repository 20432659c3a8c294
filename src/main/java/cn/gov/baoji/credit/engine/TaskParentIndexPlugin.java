package cn.gov.baoji.credit.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the index Camunda 7's schema lacks on {@code ACT_RU_TASK.PARENT_TASK_ID_}: every task completion looks
 * the task's subtasks up by that column, which without an index scans every open task (docs/performance.md:
 * with tens of thousands of cases waiting, completions slow down several times). The engine creates its own
 * schema, not Flyway, so the index is added once the engine is built; {@code IF NOT EXISTS} on H2 and PostgreSQL.
 */
@Component
class TaskParentIndexPlugin extends AbstractProcessEnginePlugin {

    static final String INDEX = "ACT_IDX_TASK_PARENT";
    private static final Logger log = LoggerFactory.getLogger(TaskParentIndexPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        createIndex(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }

    static void createIndex(DataSource dataSource, String tablePrefix) {
        String prefix = tablePrefix == null ? "" : tablePrefix;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            sql.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)");
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // a missing index costs speed, not correctness: the engine still starts
            log.warn("Could not create index {} on ACT_RU_TASK (PARENT_TASK_ID_): {}", INDEX, e.getMessage());
        }
    }
}

package cn.gov.baoji.credit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskParentIndexPluginTest {

    ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theEngineComesUpWithAnIndexOnTheParentTaskColumnEvenWhenStartedTwice() throws SQLException {
        engine = engineWithPlugin();
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();

        TaskParentIndexPlugin.createIndex(dataSource, ""); // a restart finds the index there: no error, no twin

        assertThat(indexedColumns(dataSource, TaskParentIndexPlugin.INDEX)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void aFailureToCreateTheIndexDoesNotStopTheEngine() {
        engine = engineWithPlugin();
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource();

        TaskParentIndexPlugin.createIndex(dataSource, "NO_SUCH_PREFIX_");

        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    private static ProcessEngine engineWithPlugin() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("task-parent-index-test");
        configuration.setJdbcUrl("jdbc:h2:mem:task-parent-index;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.getProcessEnginePlugins().add(new TaskParentIndexPlugin());
        return configuration.buildProcessEngine();
    }

    private static List<String> indexedColumns(DataSource dataSource, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
            while (rows.next()) {
                if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                    columns.add(rows.getString("COLUMN_NAME").toUpperCase());
                }
            }
        }
        return columns;
    }
}

package cn.gov.baoji.credit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineIndexPluginTest {

    ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void theEngineComesUpWithTheMissingIndexesEvenWhenStartedTwice() throws SQLException {
        engine = engineWithPlugin(true);
        DataSource dataSource = dataSource();

        EngineIndexPlugin.createIndexes(dataSource, ""); // a restart finds the indexes there: no error, no twins

        assertThat(indexedColumns(dataSource, "ACT_RU_TASK", "ACT_IDX_TASK_PARENT")).containsExactly("PARENT_TASK_ID_");
        assertThat(indexedColumns(dataSource, "ACT_RU_JOB", "ACT_IDX_JOB_DUEDATE")).containsExactly("DUEDATE_");
    }

    @Test
    void everyJobGetsADueDateAndOneWrittenWithoutIsGivenItsCreationTime() throws SQLException {
        engine = engineWithPlugin(true);
        engine.getRepositoryService().createDeployment().addModelInstance("async.bpmn",
                Bpmn.createExecutableProcess("async").camundaHistoryTimeToLive(1).startEvent().camundaAsyncBefore()
                        .endEvent().done()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey("async");
        assertThat(engine.getManagementService().createJobQuery().singleResult().getDuedate())
                .as("ensureJobDueDateNotNull").isNotNull();

        try (Connection connection = dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = NULL");   // as an engine without the setting wrote it
        }
        EngineIndexPlugin.setMissingDueDates(dataSource(), "");

        var job = engine.getManagementService().createJobQuery().singleResult();
        assertThat(job.getDuedate()).isEqualTo(job.getCreateTime());
        assertThat(engine.getManagementService().createJobQuery().executable().count()).isOne();
    }

    @Test
    void aFailureDoesNotStopTheEngine() {
        engine = engineWithPlugin(false);

        EngineIndexPlugin.createIndexes(dataSource(), "NO_SUCH_PREFIX_");
        EngineIndexPlugin.setMissingDueDates(dataSource(), "NO_SUCH_PREFIX_");

        assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    private DataSource dataSource() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    }

    private static ProcessEngine engineWithPlugin(boolean ensureDueDates) {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("engine-index-test");
        configuration.setJdbcUrl("jdbc:h2:mem:engine-index;DB_CLOSE_DELAY=-1");
        configuration.setJobExecutorActivate(false);
        configuration.setEnsureJobDueDateNotNull(ensureDueDates);
        configuration.getProcessEnginePlugins().add(new EngineIndexPlugin());
        return configuration.buildProcessEngine();
    }

    private static List<String> indexedColumns(DataSource dataSource, String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                    columns.add(rows.getString("COLUMN_NAME").toUpperCase());
                }
            }
        }
        return columns;
    }
}

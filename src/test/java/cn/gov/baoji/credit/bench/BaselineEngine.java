package cn.gov.baoji.credit.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A bare Camunda engine of the product's version and settings (history full, JDBC batching on, strong ids, the
 * same pool size) running the reference model: start, a service task setting five variables, a user task.
 * It registers as {@value #NAME}, never as "default", so that the product's {@code /engine-rest} stays the product's.
 */
final class BaselineEngine implements AutoCloseable {

    static final String NAME = "bench-baseline";
    static final String ALTERNATE_NAME = "bench-alternate";
    static final String PROCESS_KEY = "benchReference";

    private final HikariDataSource pool;
    private final ProcessEngine engine;

    BaselineEngine(BenchDatabase database, boolean alternate, boolean rewriteBatchedInserts) {
        this.pool = database.baselinePool(alternate, rewriteBatchedInserts);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(alternate ? ALTERNATE_NAME : NAME);
        configuration.setDataSource(pool);
        configuration.setDatabaseSchemaUpdate("true");
        String schema = alternate ? database.alternateSchema() : database.baselineSchema();
        configuration.setDatabaseSchema(schema);
        if (schema != null) {   // on DB_URL: Camunda wants the schema as the table prefix too
            configuration.setDatabaseTablePrefix(schema + ".");
        }
        configuration.setHistory("full");
        configuration.setJdbcBatchProcessing(true);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench-reference")
                .addModelInstance("bench-reference.bpmn", referenceModel()).deploy();
    }

    static BpmnModelInstance referenceModel() {
        return Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(180)
                .startEvent("StartEvent_Started")
                .serviceTask("ServiceTask_SetVariables").camundaClass(SetFiveVariables.class)
                .userTask("work")
                .endEvent("EndEvent_Done")
                .done();
    }

    void start() {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
    }

    List<String> openTaskIds() {
        // backlog copies (ids b<n>:...) stay waiting, as the backlog should
        return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS_KEY).list().stream()
                .map(Task::getId).filter(id -> !id.contains(":")).toList();
    }

    void complete(String taskId) {
        engine.getTaskService().complete(taskId, Map.of("outcome", "done"));
    }

    long openInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    /** The index the product adds (engine.EngineIndexPlugin); the bare engine runs without it first. */
    void addParentTaskIndex() {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE INDEX IF NOT EXISTS ACT_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)");
            sql.execute("ANALYZE ACT_RU_TASK");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    javax.sql.DataSource dataSource() {
        return pool;
    }

    void dropParentTaskIndex() {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP INDEX IF EXISTS ACT_IDX_TASK_PARENT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }

    /** The reference model's service task: five variables of the usual kinds. */
    public static class SetFiveVariables implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("caseNumber", "BJDS-2026-" + execution.getProcessInstanceId().substring(0, 6));
            execution.setVariable("countyCode", "610302");
            execution.setVariable("subjectRegistered", Boolean.TRUE);
            execution.setVariable("fakeTransactionCount", 1200L);
            execution.setVariable("amountInvolved", 8000.5);
        }
    }
}

package cn.gov.baoji.credit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** What {@code /engine-rest} answers for the engine's exceptions that are not bugs. */
class TaskInputExceptionMapperTest {

    @Test
    void aRefusedTaskInputIsABadRequestNamingTheField() {
        var response = TaskInputExceptionMapper.toResponse(
                new RestException(Response.Status.INTERNAL_SERVER_ERROR, new TaskInputException("repairReasons", "give reasons")));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(entity(response)).containsEntry("field", "repairReasons");
    }

    @Test
    void twoPeopleActingAtOnceIsAConflictToRetryNotAServerError() {
        var response = TaskInputExceptionMapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently")));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(entity(response)).containsEntry("type", "OptimisticLockingException");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entity(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    @Test
    void anythingElseIsLeftToCamunda() {
        assertThat(TaskInputExceptionMapper.toResponse(new ProcessEngineException("boom")).getStatus()).isEqualTo(500);
    }
}

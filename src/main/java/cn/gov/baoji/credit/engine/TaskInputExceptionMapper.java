package cn.gov.baoji.credit.engine;

import java.util.Map;

import cn.gov.baoji.credit.calendar.CalendarYearMissingException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps whatever a task listener throws, so a form value our listener refused would reach an
 * integrator as a 500. These mappers find a {@link TaskInputException} in the cause chain and answer 400 in
 * the engine REST API's own error format; everything else gets the engine's usual answer.
 */
final class TaskInputExceptionMapper {

    private TaskInputExceptionMapper() {
    }

    static Response toResponse(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputException refused) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "InvalidRequestException", "message", refused.getMessage(),
                                "field", refused.field()))
                        .build();
            }
            if (cause instanceof OptimisticLockingException) {
                // two people acted on the same process at once: nothing was changed, the second may simply retry
                return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "OptimisticLockingException", "message",
                                "The process was changed by someone else at the same moment; nothing was saved."
                                        + " Reload and try again."))
                        .build();
            }
            if (cause instanceof CalendarYearMissingException missing) {
                // not the user's fault and not a bug: the calendar for that year must be entered first
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "CalendarYearMissing", "message", missing.getMessage()))
                        .build();
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(error);
    }

    @Priority(1)
    static final class RestExceptions implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException error) {
            return TaskInputExceptionMapper.toResponse(error);
        }
    }

    @Priority(1)
    static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException error) {
            return TaskInputExceptionMapper.toResponse(error);
        }
    }
}

package cn.gov.baoji.credit.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls that are the system's act, not the user's, even when a user's task completion triggers them
 * (granting a county access, starting a delivery, evaluating a rule): they run without authorization checks.
 */
final class SystemActs {

    private SystemActs() {
    }

    static <T> T run(Callable<T> work) {
        CommandContext commandContext = Context.getCommandContext();
        try {
            return commandContext == null ? work.call() : commandContext.runWithoutAuthorization(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

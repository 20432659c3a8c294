package cn.gov.baoji.credit.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who did it, for the case timeline: the user the engine is acting for, else the system. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String of(DelegateTask task) {
        String user = currentUser(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    public static String of(DelegateExecution execution) {
        String user = currentUser(execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication());
        return user != null ? user : SYSTEM;
    }

    private static String currentUser(Authentication authentication) {
        return authentication == null ? null : authentication.getUserId();
    }

}

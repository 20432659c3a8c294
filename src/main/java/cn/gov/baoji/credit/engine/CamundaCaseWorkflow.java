package cn.gov.baoji.credit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    CamundaCaseWorkflow(RuntimeService runtimeService, TaskService taskService,
                        AuthorizationService authorizationService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public String startCase(String caseNumber, String startMessage, Map<String, Object> variables) {
        // the intake checked who may open a case; the case is then the system's, whoever asked
        return SystemActs.run(() -> runtimeService.createMessageCorrelation(startMessage)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(variables)
                .correlateStartMessage()
                .getId());
    }

    @Override
    public String startProcess(String processKey, String businessKey, Map<String, Object> variables) {
        return SystemActs.run(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId());
    }

    @Override
    public boolean correlate(String messageName, String businessKey, Map<String, Object> variables) {
        // the message is only accepted by an execution waiting for it; anything else is "not now" for the caller
        List<MessageCorrelationResult> results = SystemActs.run(() -> runtimeService
                .createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateAllWithResult());
        return !results.isEmpty();
    }

    @Override
    public int correlateAll(String messageName, String variableName, String value, Map<String, Object> variables) {
        return SystemActs.run(() -> runtimeService.createMessageCorrelation(messageName)
                .processInstanceVariableEquals(variableName, value)
                .setVariables(variables)
                .correlateAllWithResult()).size();
    }

    @Override
    public List<OpenTask> openTasks(String processInstanceId) {
        List<OpenTask> open = new ArrayList<>();
        List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().processInstanceId(processInstanceId).list());
        // the joint punishment runs as a called process: its tasks are still the case's work
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(called -> tasks.addAll(taskService.createTaskQuery().processInstanceId(called.getId()).list()));
        for (Task task : tasks) {
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .sorted()
                    .toList();
            open.add(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
                    task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate())));
        }
        open.sort(Comparator.comparing(OpenTask::created));
        return open;
    }

    @Override
    public void grantCaseAccess(String processInstanceId, String groupId) {
        // Routing runs inside whatever command a staff member triggered; granting is the system's act, not theirs.
        SystemActs.run(() -> {
            grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, List.of(Permissions.READ));
            grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                    List.of(HistoricProcessInstancePermissions.READ));
            return null;
        });
    }

    @Override
    public List<String> groupsWithCaseAccess(String processInstanceId) {
        return authorizationService.createAuthorizationQuery()
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId)
                .list().stream()
                .map(Authorization::getGroupId)
                .filter(group -> group != null)
                .distinct()
                .sorted()
                .toList();
    }

    private void grant(String groupId, Resource resource, String resourceId, Collection<Permission> permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .findFirst()
                .orElseGet(() -> newGrant(groupId, resource, resourceId));
        permissions.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

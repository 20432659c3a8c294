package cn.gov.baoji.credit.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The standing authorizations of the plan. City-level groups read every case; supervisors read and write
 * nothing; a county reads only the cases routed to it (granted per case at routing) and, like the credit
 * investigator and member units, works the tasks it is a candidate for (granted by the engine per task).
 */
@Component
class AuthorizationSeeder {

    static final String CASE_PROCESS = "dishonestyCase";
    /** Processes whose tasks staff work in Tasklist. */
    static final List<String> TASK_PROCESSES = List.of(CASE_PROCESS, "jointPunishment", "listingObjection",
            "listPublication", "creditRepair", "rotationalTraining");
    /** Every process the city-level readers follow in Cockpit, deliveries and statistics included. */
    static final List<String> PROCESSES = List.of(CASE_PROCESS, "listingObjection", "nationalFeedback",
            "punishmentStatistics", "listPublication", "publicationSchedule", "jointPunishment", "listChangeNotice",
            "creditRepair", "designationProposal", "rotationalTraining", "rotationalTrainingSchedule");
    static final List<String> DECISIONS = List.of("designationCriteria", "listingPeriod", "jointPunishmentMeasures");

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    AuthorizationSeeder(AuthorizationService authorizationService, FilterService filterService,
                        TaskService taskService) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void seed(List<String> countyGroups) {
        Resources[] everything = Resources.values();
        for (Resources resource : everything) {
            grant(Organisations.CAMUNDA_ADMIN, resource, "*", ALL);
        }
        List<String> staff = new ArrayList<>(countyGroups);
        Organisations.FIXED.stream().map(Organisations.Organisation::id)
                .filter(id -> !id.equals(Organisations.INTEGRATORS) && !id.equals(Organisations.CAMUNDA_ADMIN))
                .forEach(staff::add);
        for (String group : staff) {
            grant(group, Resources.APPLICATION, "tasklist", ACCESS);
            grant(group, Resources.FILTER, "*", READ);
            grant(group, Resources.DEPLOYMENT, "*", READ);
            for (String process : TASK_PROCESSES) {
                grant(group, Resources.PROCESS_DEFINITION, process, READ);
            }
        }
        for (String group : countyGroups) {
            grant(group, Resources.APPLICATION, "cockpit", ACCESS);
        }
        for (String reader : List.of(Organisations.DRC, Organisations.CREDIT_OFFICE, Organisations.SUPERVISORS)) {
            grant(reader, Resources.APPLICATION, "cockpit", ACCESS);
            for (String process : PROCESSES) {
                grant(reader, Resources.PROCESS_DEFINITION, process, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
            }
            for (String decision : DECISIONS) {
                grant(reader, Resources.DECISION_DEFINITION, decision, READ,
                        org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
            }
            grant(reader, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
            grant(reader, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        }
        for (String starter : List.of(Organisations.CREDIT_OFFICE, Organisations.INTEGRATORS)) {
            grant(starter, Resources.PROCESS_DEFINITION, CASE_PROCESS, READ, CREATE_INSTANCE);
            grant(starter, Resources.PROCESS_INSTANCE, "*", CREATE);
        }
        // associations and chambers propose designations from Tasklist (the case itself is opened by the system)
        for (String proposer : List.of(Organisations.ASSOCIATIONS, Organisations.ECOMMERCE_ASSOCIATION)) {
            grant(proposer, Resources.PROCESS_DEFINITION, "designationProposal", READ, CREATE_INSTANCE);
            grant(proposer, Resources.PROCESS_INSTANCE, "*", CREATE);
        }
        // a publication batch may also be started by hand, from Tasklist or REST
        grant(Organisations.CREDIT_OFFICE, Resources.PROCESS_DEFINITION, "listPublication", READ, CREATE_INSTANCE);
        // commerce runs the rotational training: starts a round by hand and follows its rounds in Cockpit
        grant(Organisations.COMMERCE, Resources.PROCESS_DEFINITION, "rotationalTraining", READ, CREATE_INSTANCE,
                READ_INSTANCE, READ_TASK, READ_HISTORY);
        grant(Organisations.COMMERCE, Resources.PROCESS_INSTANCE, "*", CREATE);
        grant(Organisations.COMMERCE, Resources.APPLICATION, "cockpit", ACCESS);
        ensureTaskFilters();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .findFirst()
                .orElseGet(() -> {
                    Authorization created = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    created.setGroupId(groupId);
                    created.setResource(resource);
                    created.setResourceId(resourceId);
                    return created;
                });
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** Tasklist shows nothing without filters: my tasks, my groups' tasks, everything I may see. */
    private void ensureTaskFilters() {
        ensureFilter("我的待办", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("本组待办", -5, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        ensureFilter("全部可见任务", 0, taskService.createTaskQuery());
    }

    private void ensureFilter(String name, int priority, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(IdentityProperties.ADMIN_USER)
                .setProperties(Map.of("priority", priority, "description", name, "refresh", true))
                .setQuery(query);
        filterService.saveFilter(filter);
    }
}

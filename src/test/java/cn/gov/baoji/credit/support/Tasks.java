package cn.gov.baoji.credit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Working a case the way staff do in Tasklist, over {@code /engine-rest} as a demo user, and running the
 * jobs the job executor would run (it is off in tests, so every step happens when the test says so).
 */
public final class Tasks {

    private final Api api;
    private final ManagementService management;

    public Tasks(Api api, ManagementService management) {
        this.api = api;
        this.management = management;
    }

    /** Runs every due job of the process instance and of the jobs they create, for a few rounds. */
    public void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Runs every due job of every process (deliveries started by a case run in their own instances). */
    public void runAllJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    public JsonNode visibleTo(String user, String processInstanceId) {
        return api.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId).json();
    }

    /** The one task the user sees in the instance, which must be of that key. */
    public String onlyTask(String user, String processInstanceId, String taskKey) {
        JsonNode tasks = visibleTo(user, processInstanceId);
        assertThat(tasks).as(user + " sees " + taskKey).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(taskKey);
        return tasks.get(0).get("id").asText();
    }

    public Api.Response complete(String user, String taskId, Map<String, Object> variables) {
        return api.postJson(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed(variables)));
    }

    /** Variables as the engine REST API takes them: {@code {"name": {"value": ...}}}. */
    public static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new HashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }
}

package cn.gov.baoji.credit.engine;

import java.time.Instant;
import java.util.List;

/** A user task waiting in a case: what it is, who may take it, when it is due. */
public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
                       Instant created, Instant due) {
}

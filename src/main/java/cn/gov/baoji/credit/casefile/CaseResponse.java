package cn.gov.baoji.credit.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/cases/{caseNumber}}: where the case stands, who has it now, what was decided. */
record CaseResponse(String caseNumber, String status, CaseStage stage, String channel, String category,
                    String countyCode, Subject subject, String registrationStatus, String listType,
                    Instant receivedAt, Instant updatedAt, List<Task> openTasks, List<Entry> decisions,
                    List<Entry> timeline, List<EvidenceResponse> evidence, HandlingClock handlingClock) {

    /** The handling deadline in working days; {@code pausedOn} is set while the case waits on the subject. */
    record HandlingClock(java.time.LocalDate dueOn, java.time.LocalDate pausedOn) {
    }

    record Subject(String type, String name, String creditCode, String districtCode) {

        static Subject of(CaseSummary c) {
            return new Subject(c.subjectType(), c.subjectName(), c.creditCode(), c.districtCode());
        }
    }

    record Task(String taskKey, String name, List<String> candidateGroups, String assignee, Instant created,
                Instant due) {
    }

    record Entry(Instant at, String kind, String actor, String summary, Map<String, Object> details) {
    }
}

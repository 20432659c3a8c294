package cn.gov.baoji.credit.casefile;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** One entry of a case's timeline; {@code details} is a small map of non-personal facts (e.g. the decision). */
public record CaseEvent(Instant occurredAt, CaseEventKind kind, String actor, String summary,
                        Map<String, Object> details) {

    public CaseEvent {
        details = details == null ? Map.of() : details.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

package cn.gov.baoji.credit.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/cases}: one page of cases, each as the list needs it (no timeline, tasks or evidence: those are
 * at {@code GET /api/v1/cases/{caseNumber}}).
 */
record CasePageResponse(List<Item> cases, int page, int size, long total, boolean totalExact) {

    record Item(String caseNumber, String status, CaseStage stage, String channel, String category,
                String countyCode, CaseResponse.Subject subject, String listType, Instant receivedAt,
                Instant updatedAt, LocalDate handlingDueOn) {

        static Item of(CaseSummary c) {
            return new Item(c.caseNumber(), c.stage().closed() ? "CLOSED" : "OPEN", c.stage(), c.channel(),
                    c.category(), c.countyCode(),
                    CaseResponse.Subject.of(c),
                    c.listType(), c.receivedAt(), c.updatedAt(), c.handlingDueOn());
        }
    }
}

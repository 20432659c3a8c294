package cn.gov.baoji.credit.listing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.DecisionTables;
import org.springframework.stereotype.Component;

/** How long a listing lasts and when repair may be applied for: decision {@code listingPeriod}. */
@Component
class ListingPeriods {

    static final String DECISION = "listingPeriod";

    private final DecisionTables decisions;

    ListingPeriods(DecisionTables decisions) {
        this.decisions = decisions;
    }

    Period of(ListType listType, LocalDate decisionDate) {
        List<Map<String, Object>> rows = decisions.evaluate(DECISION,
                Map.of("listType", listType.name(), "decisionDate", decisionDate));
        if (rows.size() != 1) {
            throw new IllegalStateException("Decision " + DECISION + " gives " + rows.size() + " rules for "
                    + listType + " on " + decisionDate + "; exactly one is needed");
        }
        Map<String, Object> row = rows.get(0);
        return new Period(((Number) row.get("validityMonths")).intValue(),
                ((Number) row.get("minimumMonthsBeforeRepair")).intValue(), (String) row.get("ruleVersion"));
    }

    /** A listing period in months, as of the rule version that decided it. */
    record Period(int validityMonths, int minimumMonthsBeforeRepair, String ruleVersion) {

        /** The last valid day: a listing of 36 months decided on 2026-03-10 is valid through 2029-03-09. */
        LocalDate validUntil(LocalDate decisionDate) {
            return decisionDate.plusMonths(validityMonths).minusDays(1);
        }

        LocalDate repairEligibleFrom(LocalDate decisionDate) {
            return decisionDate.plusMonths(minimumMonthsBeforeRepair);
        }
    }
}

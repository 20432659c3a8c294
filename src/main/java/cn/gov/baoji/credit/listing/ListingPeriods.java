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

        /**
         * The last valid day. Civil Code art. 201–202: the decision day does not count, and a period in months ends
         * on the corresponding day of its last month (the month's last day when there is none): 36 months from
         * 2026-03-10 run through 2029-03-10, from 2028-02-29 through 2031-02-28.
         */
        LocalDate validUntil(LocalDate decisionDate) {
            return decisionDate.plusMonths(validityMonths);
        }

        /** The first day after the minimum period listed has run out. */
        LocalDate repairEligibleFrom(LocalDate decisionDate) {
            return decisionDate.plusMonths(minimumMonthsBeforeRepair).plusDays(1);
        }
    }
}

package cn.gov.baoji.credit.casefile;

import java.util.Set;

import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.security.Organisations;
import org.springframework.stereotype.Component;

/**
 * Who may see a case through our API, matching what the engine's authorizations allow in Tasklist and
 * Cockpit: city-level groups see every case; a county sees the cases routed to it; the credit investigator
 * sees cases once they reach investigation; anyone else (an integrator) sees the cases it submitted.
 * Supervisors read everything and write nothing.
 */
@Component
public class CaseAccessPolicy {

    private static final Set<CaseStage> INVESTIGATED = Set.of(CaseStage.INVESTIGATION, CaseStage.DESIGNATION,
            CaseStage.DESIGNATED, CaseStage.PRIOR_NOTICE, CaseStage.STATEMENT_REVIEW, CaseStage.LISTED,
            CaseStage.NOT_LISTED);

    public boolean maySee(Caller caller, CaseSummary c) {
        return caller.isInAny(Organisations.CITY_WIDE_READERS)
                || (c.countyCode() != null && caller.isIn(Organisations.COUNTY_PREFIX + c.countyCode()))
                || (caller.isIn(Organisations.CREDIT_INVESTIGATOR) && INVESTIGATED.contains(c.stage()))
                || caller.userId().equals(c.submittedBy());
    }

    /** The same rule as {@link #maySee}, for a list of cases. */
    CaseVisibility visibility(Caller caller) {
        if (caller.isInAny(Organisations.CITY_WIDE_READERS)) {
            return new CaseVisibility(true, Set.of(), Set.of(), null);
        }
        Set<String> counties = caller.groups().stream()
                .filter(Organisations::isCountyGroup)
                .map(group -> group.substring(Organisations.COUNTY_PREFIX.length()))
                .collect(java.util.stream.Collectors.toSet());
        return new CaseVisibility(false, counties,
                caller.isIn(Organisations.CREDIT_INVESTIGATOR) ? INVESTIGATED : Set.of(), caller.userId());
    }

    public boolean mayAddEvidence(Caller caller, CaseSummary c) {
        boolean onlySupervising = caller.isIn(Organisations.SUPERVISORS)
                && caller.groups().stream().allMatch(group -> group.equals(Organisations.SUPERVISORS));
        return !onlySupervising && !c.stage().closed() && maySee(caller, c);
    }
}

package cn.gov.baoji.credit.casefile;

import java.util.Set;

/**
 * Which cases a caller may see, as {@link CaseAccessPolicy#maySee} decides it one case at a time, in a form a query
 * can apply to a page of cases: every case, or the union of the cases of some counties, the cases in some stages,
 * and the cases the caller submitted.
 */
record CaseVisibility(boolean everything, Set<String> countyCodes, Set<CaseStage> stages, String submittedBy) {

    CaseVisibility {
        countyCodes = Set.copyOf(countyCodes);
        stages = Set.copyOf(stages);
    }
}

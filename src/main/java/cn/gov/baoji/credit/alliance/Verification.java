package cn.gov.baoji.credit.alliance;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-verification rule of the plan, and nothing else (no I/O, so that its edges are tested alone).
 * <ul>
 *   <li>A subject that already has its case: every further report is attached to that case; never a second case.
 *   <li>One member (or more) and an open complaint about the subject: the reports are attached to the complaint's
 *       case. A new case would be a second live case on one subject, which triage would only close as a
 *       duplicate; the open case already runs with its county, clocks and tasks, and the reports are its evidence.
 *   <li>At least two independent members (distinct member ids; one member reporting twice is one source): a new
 *       case on channel {@code ALLIANCE_MEMBER}.
 *   <li>Otherwise the report waits, visible to the credit office.
 * </ul>
 */
record Verification(Outcome outcome, String caseNumber) {

    static final int INDEPENDENT_MEMBERS = 2;

    /** What to do with the reports of a subject. */
    enum Outcome { WAIT, OPEN_CASE, ATTACH_TO_OPEN_COMPLAINT, ATTACH_TO_CASE }

    Verification {
        Objects.requireNonNull(outcome, "outcome");
        boolean attaches = outcome == Outcome.ATTACH_TO_CASE || outcome == Outcome.ATTACH_TO_OPEN_COMPLAINT;
        if (attaches == (caseNumber == null)) {
            throw new IllegalArgumentException(outcome + " needs a case number, and only it");
        }
    }

    /**
     * @param reportingMembers  ids of the members that reported the subject, the report at hand included
     * @param subjectCase       the case the subject already has through the alliance, or null
     * @param openComplaintCase the newest open case from a complaint about the subject, if any
     */
    static Verification decide(Set<String> reportingMembers, String subjectCase, Optional<String> openComplaintCase) {
        if (reportingMembers.isEmpty()) {
            throw new IllegalArgumentException("A verification needs at least the report at hand");
        }
        if (subjectCase != null) {
            return new Verification(Outcome.ATTACH_TO_CASE, subjectCase);
        }
        if (openComplaintCase.isPresent()) {
            return new Verification(Outcome.ATTACH_TO_OPEN_COMPLAINT, openComplaintCase.get());
        }
        if (reportingMembers.size() >= INDEPENDENT_MEMBERS) {
            return new Verification(Outcome.OPEN_CASE, null);
        }
        return new Verification(Outcome.WAIT, null);
    }

    boolean verified() {
        return outcome != Outcome.WAIT;
    }
}

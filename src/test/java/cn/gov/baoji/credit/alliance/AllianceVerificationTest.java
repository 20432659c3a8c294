package cn.gov.baoji.credit.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.gov.baoji.credit.alliance.Verification.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross-verification rule at its edges, each edge with generated member ids and case numbers (fixed seed):
 * one member, the same member many times, two members, a member and an open complaint, a member and a closed
 * complaint (which the intake does not return as open), a further report after the case exists.
 */
class AllianceVerificationTest {

    static final Random RANDOM = new Random(20180319);

    static String memberId() {
        return "m" + Integer.toString(RANDOM.nextInt(1 << 20), 36);
    }

    static String caseNumber() {
        return "BJDS-2026-" + String.format("%06d", 1 + RANDOM.nextInt(999_999));
    }

    /** The reporting members of a subject as the repository returns them: distinct ids. */
    static Set<String> distinct(List<String> reports) {
        return new TreeSet<>(reports);
    }

    static Stream<Arguments> edges() {
        List<Arguments> cases = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String a = memberId();
            String b = a + "x";
            String open = caseNumber();
            int repeats = 2 + RANDOM.nextInt(5);
            List<String> sameMember = IntStream.range(0, repeats).mapToObj(i -> a).toList();
            cases.add(Arguments.of("one member", List.of(a), null, null, Outcome.WAIT, null));
            cases.add(Arguments.of("same member " + repeats + " times", sameMember, null, null, Outcome.WAIT, null));
            cases.add(Arguments.of("two members", List.of(a, b), null, null, Outcome.OPEN_CASE, null));
            cases.add(Arguments.of("two members, one twice", List.of(a, b, a), null, null, Outcome.OPEN_CASE, null));
            cases.add(Arguments.of("member + open complaint", List.of(a), null, open,
                    Outcome.ATTACH_TO_OPEN_COMPLAINT, open));
            cases.add(Arguments.of("same member twice + open complaint", sameMember, null, open,
                    Outcome.ATTACH_TO_OPEN_COMPLAINT, open));
            // a closed complaint is not "open": intake answers no case, so the report waits
            cases.add(Arguments.of("member + closed complaint", List.of(a), null, null, Outcome.WAIT, null));
            cases.add(Arguments.of("two members + open complaint (no second live case)", List.of(a, b), null, open,
                    Outcome.ATTACH_TO_OPEN_COMPLAINT, open));
            String existing = caseNumber();
            cases.add(Arguments.of("third report after the case exists", List.of(a, b, memberId()), existing, null,
                    Outcome.ATTACH_TO_CASE, existing));
            cases.add(Arguments.of("same member again after the case exists", List.of(a, b), existing, open,
                    Outcome.ATTACH_TO_CASE, existing));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void decidesAtTheEdges(String edge, List<String> reports, String subjectCase, String openComplaint,
                           Outcome expected, String expectedCase) {
        Verification v = Verification.decide(distinct(reports), subjectCase, Optional.ofNullable(openComplaint));

        assertThat(v.outcome()).as(edge).isEqualTo(expected);
        assertThat(v.caseNumber()).as(edge).isEqualTo(expectedCase);
        assertThat(v.verified()).as(edge).isEqualTo(expected != Outcome.WAIT);
    }

    @Test
    void aVerificationNeedsTheReportAtHand() {
        assertThatThrownBy(() -> Verification.decide(Set.of(), null, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachingNamesItsCaseAndOpeningDoesNot() {
        assertThatThrownBy(() -> new Verification(Outcome.ATTACH_TO_CASE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verification(Outcome.OPEN_CASE, "BJDS-2026-000001"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

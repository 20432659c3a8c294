package cn.gov.baoji.credit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class QueryCodesTest {

    final QueryCodes codes = new QueryCodes(new PortalProperties(5, 30, "pepper-for-unit-tests"));

    @Test
    void codesHaveTenCharactersWithoutLookAlikesAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 2_000).forEach(i -> seen.add(codes.next()));
        assertThat(seen).hasSize(2_000).allMatch(code -> code.matches("[2-9A-HJKMNP-Z]{10}"));
        assertThat(String.join("", seen)).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void onlyTheRightCodeForTheRightCaseMatches() {
        String hash = codes.hash("BJDS-2026-000123", "ABCDE23456");

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(codes.matches("BJDS-2026-000123", "ABCDE23456", hash)).isTrue();
        assertThat(codes.matches("BJDS-2026-000123", "ABCDE23457", hash)).isFalse();
        assertThat(codes.matches("BJDS-2026-000124", "ABCDE23456", hash)).isFalse();
        assertThat(codes.matches("BJDS-2026-000123", "ABCDE23456", null)).as("no receipt").isFalse();
    }

    @Test
    void thePepperIsPartOfTheHash() {
        QueryCodes otherServer = new QueryCodes(new PortalProperties(5, 30, "another-pepper-entirely"));
        assertThat(otherServer.hash("BJDS-2026-000123", "ABCDE23456"))
                .isNotEqualTo(codes.hash("BJDS-2026-000123", "ABCDE23456"));
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        assertThat(QueryCodes.normalise(" abcde-23456 ")).isEqualTo("ABCDE23456");
        assertThat(QueryCodes.normalise("ABC DE2 3456")).isEqualTo("ABCDE23456");
        assertThat(QueryCodes.normalise(null)).isEmpty();
    }
}

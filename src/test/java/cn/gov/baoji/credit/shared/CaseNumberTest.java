package cn.gov.baoji.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import java.util.stream.Stream;

import cn.gov.baoji.credit.shared.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    private static final long SEED = 20_180_319L;
    private static final int COUNT = 200;

    /** Mostly ordinary sequences, some past 999999 where the number grows a digit. */
    static Stream<Arguments> yearsAndSequences() {
        Random random = new Random(SEED);
        return Stream.generate(() -> Arguments.of(2018 + random.nextInt(82), random.nextInt(10) == 0
                ? 1_000_000 + random.nextLong(1_000_000_000_000L) : 1 + random.nextInt(999_999))).limit(COUNT);
    }

    /** A valid number with a 6-digit sequence, one character dropped, a dash added or a letter put in. */
    static Stream<String> mangled() {
        Random random = new Random(SEED + 1);
        return Stream.generate(() -> {
            String number = CaseNumber.of(2018 + random.nextInt(82), 1 + random.nextInt(999_999)).toString();
            int position = random.nextInt(number.length());
            return switch (random.nextInt(3)) {
                case 0 -> number.substring(0, position) + number.substring(position + 1);
                case 1 -> number.substring(0, position) + "-" + number.substring(position);
                default -> CreditCodeTest.replace(number, position, (char) ('a' + random.nextInt(26)));
            };
        }).limit(COUNT);
    }

    @ParameterizedTest
    @MethodSource("yearsAndSequences")
    void writesAndReadsBack(int year, long sequence) {
        CaseNumber number = CaseNumber.of(year, sequence);

        assertThat(number.toString()).matches("BJDS-" + year + "-\\d{6,}").endsWith(Long.toString(sequence));
        assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
        assertThat(CaseNumber.isValid(number.toString())).isTrue();
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.sequence()).isEqualTo(sequence);
    }

    @ParameterizedTest
    @CsvSource({
        "2026, 123, BJDS-2026-000123",
        "2026, 1, BJDS-2026-000001",
        "2018, 999999, BJDS-2018-999999",
        "2026, 1000000, BJDS-2026-1000000",
        "2026, 123456789012, BJDS-2026-123456789012",
    })
    void padsTheSequenceToSixDigits(int year, long sequence, String expected) {
        assertThat(CaseNumber.of(year, sequence)).hasToString(expected);
        assertThat(CaseNumber.parse(expected).value()).isEqualTo(expected);
    }

    @Test
    void parseDropsSurroundingWhiteSpace() {
        assertThat(CaseNumber.parse(" BJDS-2026-000123\n")).isEqualTo(CaseNumber.of(2026, 123));
        assertThat(CaseNumber.isValid(" BJDS-2026-000123")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("mangled")
    @NullAndEmptySource
    @ValueSource(strings = {"BJDS-2026-12345", "BJDS-26-000123", "bjds-2026-000123", "BJXS-2026-000123",
        "BJDS2026000123", "BJDS_2026_000123", "BJDS-2026-000123-1", "BJDS-2026-00012a", "BJDS-２０２６-000123",
        // one spelling per case: no extra leading zeros, no sequence 0, no 3-digit year
        "BJDS-2026-0000123", "BJDS-2026-000000", "BJDS-0999-000001",
        // more than a long holds
        "BJDS-2026-9999999999999999999"})
    void refusesAnythingElse(String raw) {
        InvalidIdentifierException refused = catchThrowableOfType(InvalidIdentifierException.class,
                () -> CaseNumber.parse(raw));

        assertThat(refused).as("refused: %s", raw).isNotNull();
        assertThat(refused.reason()).isEqualTo(Reason.FORMAT);
        assertThat(CaseNumber.isValid(raw)).isFalse();
    }

    @Test
    void theConstructorChecksToo() {
        assertThat(catchThrowableOfType(InvalidIdentifierException.class, () -> new CaseNumber("BJDS-1")).reason())
                .isEqualTo(Reason.FORMAT);
    }

    @ParameterizedTest
    @CsvSource({"999, 1", "10000, 1", "2026, 0", "2026, -1"})
    void ofRefusesAnImpossibleYearOrSequence(int year, long sequence) {
        assertThatIllegalArgumentException().isThrownBy(() -> CaseNumber.of(year, sequence));
    }
}

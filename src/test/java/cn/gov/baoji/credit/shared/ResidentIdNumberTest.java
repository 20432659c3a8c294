package cn.gov.baoji.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import cn.gov.baoji.credit.shared.InvalidIdentifierException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final long SEED = 20_180_319L;
    private static final int COUNT = 200;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "0123456789X";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);

    /** Birth dates from 1900 to 2025, divisions in Baoji and elsewhere. */
    static Stream<Arguments> validNumbers() {
        Random random = new Random(SEED);
        long days = ChronoUnit.DAYS.between(EARLIEST, LATEST) + 1;
        return Stream.generate(() -> {
            String division = random.nextBoolean()
                    ? TestIdentifiers.BAOJI_COUNTIES.get(random.nextInt(TestIdentifiers.BAOJI_COUNTIES.size()))
                    : String.format("%06d", 110_000 + random.nextInt(550_000));
            LocalDate birth = EARLIEST.plusDays(random.nextLong(days));
            return Arguments.of(TestIdentifiers.residentId(random, division, birth), division, birth);
        }).limit(COUNT);
    }

    static Stream<String> valid() {
        return validNumbers().map(arguments -> (String) arguments.get()[0]);
    }

    /** One character replaced by another digit (or X last): each weight is a unit mod 11, so the sum changes. */
    static Stream<String> singleSubstitutions() {
        Random random = new Random(SEED + 1);
        return valid().map(number -> {
            int position = random.nextInt(number.length());
            int allowed = position == 17 ? 11 : 10;
            char other = CHECK_CHARACTERS.charAt(
                    (CHECK_CHARACTERS.indexOf(number.charAt(position)) + 1 + random.nextInt(allowed - 1)) % allowed);
            return CreditCodeTest.replace(number, position, other);
        });
    }

    /** Two adjacent different characters swapped: adjacent weights (the check character's being 1) all differ. */
    static Stream<Arguments> adjacentTranspositions() {
        Random random = new Random(SEED + 2);
        return valid().map(number -> {
            int position = random.nextInt(number.length() - 1);
            while (number.charAt(position) == number.charAt(position + 1)) {
                position = (position + 1) % (number.length() - 1);
            }
            String swapped = CreditCodeTest.swap(number, position);
            // an X moved in among the digits is refused as a character before the sum is computed
            return Arguments.of(swapped, swapped.indexOf('X') >= 0 && swapped.indexOf('X') < 17
                    ? Reason.CHARACTER : Reason.CHECK_CHARACTER);
        });
    }

    static Stream<String> wrongLengths() {
        Random random = new Random(SEED + 3);
        return valid().limit(50).map(number -> random.nextBoolean()
                ? number.substring(0, random.nextInt(number.length()))
                : number + number.substring(0, 1 + random.nextInt(number.length())));
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsValidNumbers(String number, String division, LocalDate birth) {
        ResidentIdNumber id = ResidentIdNumber.of(number);

        assertThat(id.value()).isEqualTo(number);
        assertThat(id.divisionCode()).isEqualTo(division);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id).isEqualTo(new ResidentIdNumber(number));
        assertThat(ResidentIdNumber.isValid(number)).isTrue();
        assertThat(weightedSum(number) % 11).as("independent check: the weighted sum of all 18 is 1 mod 11")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("valid")
    void showsOnlyTheMaskedNumber(String number) {
        ResidentIdNumber id = ResidentIdNumber.of(number);

        assertThat(id.masked()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14))
                .hasSize(18).doesNotContain(number.substring(6, 14));
        assertThat(id).hasToString(id.masked());
        assertThat(String.valueOf(id)).doesNotContain(number);
    }

    @ParameterizedTest
    @MethodSource("singleSubstitutions")
    void refusesASingleSubstitution(String number) {
        assertRefused(number, Reason.CHECK_CHARACTER);
    }

    @Test
    void refusesEverySingleSubstitutionAtEveryPosition() {
        List<String> accepted = new ArrayList<>();
        valid().limit(20).forEach(number -> {
            for (int position = 0; position < number.length(); position++) {
                for (char other : CHECK_CHARACTERS.toCharArray()) {
                    String changed = CreditCodeTest.replace(number, position, other);
                    if (!changed.equals(number) && ResidentIdNumber.isValid(changed)) {
                        accepted.add(changed);
                    }
                }
            }
        });
        assertThat(accepted).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("adjacentTranspositions")
    void refusesAnAdjacentTransposition(String number, Reason reason) {
        assertRefused(number, reason);
    }

    @ParameterizedTest
    @MethodSource("wrongLengths")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "610302800101123", "6103021980010112384", "610302 198001011238"})
    void refusesAWrongLength(String number) {
        assertRefused(number, Reason.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6103021980O1011238", "61030219800101123A", "610302198001011X38", "６10302198001011238",
        "610302-98001011238", "61030219800101123Y"})
    void refusesCharactersOtherThanDigitsAndACheckX(String number) {
        assertRefused(number, Reason.CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000229", "20230229", "20231301", "20230100", "20230431", "18991231", "00000101",
        "29990101"})
    void refusesAnImpossibleBirthDate(String birth) {
        assertRefused(withCheckCharacter("610302" + birth + "123"), Reason.DATE);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertRefused(TestIdentifiers.residentId(new Random(SEED), "610302", tomorrow), Reason.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000101", "20000229", "19491001"})
    void acceptsTheEarliestAndLeapDays(String birth) {
        assertThat(ResidentIdNumber.isValid(withCheckCharacter("610302" + birth + "123"))).isTrue();
    }

    @Test
    void acceptsALowerCaseCheckXAndSurroundingWhiteSpace() {
        List<String> endingInX = valid().filter(number -> number.endsWith("X")).limit(10).toList();

        assertThat(endingInX).isNotEmpty().allSatisfy(number -> {
            String typed = " " + number.substring(0, 17) + "x\t";
            assertThat(ResidentIdNumber.of(typed).value()).isEqualTo(number);
            assertThat(ResidentIdNumber.isValid(typed)).isTrue();
        });
    }

    /*
     * Worked by hand for 610302198001011238:
     * 6·7 + 1·9 + 0·10 + 3·5 + 0·8 + 2·4 + 1·2 + 9·1 + 8·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 1·8 + 2·4 + 3·2 = 169;
     * 169 mod 11 = 4 → 8. 11010519491231002X is the example printed with GB 11643-1999 (sum 167, mod 11 = 2 → X).
     */
    @ParameterizedTest
    @CsvSource({
        "610302198001011238, 610302, 1980-01-01, 610302********1238",
        "11010519491231002X, 110105, 1949-12-31, 110105********002X",
        "11010519491231002x, 110105, 1949-12-31, 110105********002X",
    })
    void readsKnownNumbers(String number, String division, LocalDate birth, String masked) {
        ResidentIdNumber id = ResidentIdNumber.of(number);

        assertThat(weightedSum(id.value()) % 11).isEqualTo(1);
        assertThat(id.divisionCode()).isEqualTo(division);
        assertThat(id.birthDate()).isEqualTo(birth);
        assertThat(id).hasToString(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"610302198001011239", "610302198001011283", "11010519491231002Y", "110105194912310029"})
    void refusesKnownNumbersWithATypingError(String number) {
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("singleSubstitutions")
    void messagesNeverContainTheNumber(String number) {
        assertThat(refusal(() -> ResidentIdNumber.of(number))).hasMessageNotContaining(number.substring(0, 6))
                .hasMessageNotContaining(number.substring(6, 14));
    }

    @Test
    void theConstructorTakesTheNumberExactly() {
        assertThat(refusal(() -> new ResidentIdNumber("11010519491231002x")).reason()).isEqualTo(Reason.CHARACTER);
    }

    private static String withCheckCharacter(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static void assertRefused(String number, Reason reason) {
        InvalidIdentifierException refused = refusal(() -> ResidentIdNumber.of(number));
        assertThat(refused).as("refused: %s", number).isNotNull();
        assertThat(refused.reason()).as("reason for %s", number).isEqualTo(reason);
        assertThat(ResidentIdNumber.isValid(number)).isFalse();
    }

    private static InvalidIdentifierException refusal(ThrowingCallable call) {
        return catchThrowableOfType(InvalidIdentifierException.class, call);
    }

    /** Σ digit × weight over all 18 characters, the check character weighing 1 (X = 10). */
    private static int weightedSum(String number) {
        int sum = CHECK_CHARACTERS.indexOf(number.charAt(17));
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }
}

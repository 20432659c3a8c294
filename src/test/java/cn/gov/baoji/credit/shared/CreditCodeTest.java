package cn.gov.baoji.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

class CreditCodeTest {

    private static final long SEED = 20_180_319L;
    private static final int COUNT = 200;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Baoji counties and any other division, so that nothing depends on where a code comes from. */
    static Stream<String> validCodes() {
        Random random = new Random(SEED);
        return Stream.generate(() -> random.nextBoolean() ? TestIdentifiers.creditCode(random)
                : TestIdentifiers.creditCode(random, String.format("%06d", random.nextInt(1_000_000)))).limit(COUNT);
    }

    /** One character replaced by another allowed one: each weight is a unit mod 31, so the sum always changes. */
    static Stream<String> singleSubstitutions() {
        Random random = new Random(SEED + 1);
        return validCodes().map(code -> {
            int position = random.nextInt(code.length());
            char other = ALPHABET.charAt(
                    (ALPHABET.indexOf(code.charAt(position)) + 1 + random.nextInt(ALPHABET.length() - 1)) % 31);
            return replace(code, position, other);
        });
    }

    /** Two adjacent different characters swapped: adjacent weights (the check character's being 1) all differ. */
    static Stream<String> adjacentTranspositions() {
        Random random = new Random(SEED + 2);
        return validCodes().map(code -> {
            int position = random.nextInt(code.length() - 1);
            while (code.charAt(position) == code.charAt(position + 1)) {
                position = (position + 1) % (code.length() - 1);
            }
            return swap(code, position);
        });
    }

    static Stream<String> wrongLengths() {
        Random random = new Random(SEED + 3);
        return validCodes().limit(50).map(code -> random.nextBoolean()
                ? code.substring(0, random.nextInt(code.length()))
                : code + code.substring(0, 1 + random.nextInt(code.length())));
    }

    /** I, O, S, V and Z are left out of the standard (they look like 1, 0, 5, U and 2); lower case too. */
    static Stream<Arguments> forbiddenCharacters() {
        Random random = new Random(SEED + 4);
        String forbidden = "IOSVZiosvz-_.９Ａ";
        return validCodes().limit(50).map(code -> {
            int position = random.nextInt(code.length());
            char bad = forbidden.charAt(random.nextInt(forbidden.length()));
            return Arguments.of(replace(code, position, bad), bad);
        });
    }

    @ParameterizedTest
    @MethodSource("validCodes")
    void acceptsValidCodes(String code) {
        CreditCode creditCode = CreditCode.of(code);

        assertThat(creditCode.value()).isEqualTo(code);
        assertThat(creditCode).hasToString(code).isEqualTo(new CreditCode(code));
        assertThat(creditCode.divisionCode()).isEqualTo(code.substring(2, 8));
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(weightedSum(code) % 31).as("independent check: the weighted sum of all 18 is 0 mod 31").isZero();
    }

    @Test
    void generatorPutsTheDivisionWhereAsked() {
        Random random = new Random(SEED);
        for (String division : TestIdentifiers.BAOJI_COUNTIES) {
            String code = TestIdentifiers.creditCode(random, division);
            assertThat(CreditCode.of(code).divisionCode()).isEqualTo(division);
            assertThat(code.substring(0, 2)).isIn("91", "92", "93", "12", "52");
        }
    }

    @ParameterizedTest
    @MethodSource("singleSubstitutions")
    void refusesASingleSubstitution(String code) {
        assertRefused(code, Reason.CHECK_CHARACTER);
    }

    @Test
    void refusesEverySingleSubstitutionAtEveryPosition() {
        List<String> accepted = new ArrayList<>();
        validCodes().limit(10).forEach(code -> {
            for (int position = 0; position < code.length(); position++) {
                for (char other : ALPHABET.toCharArray()) {
                    String changed = replace(code, position, other);
                    if (!changed.equals(code) && CreditCode.isValid(changed)) {
                        accepted.add(changed);
                    }
                }
            }
        });
        assertThat(accepted).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("adjacentTranspositions")
    void refusesAnAdjacentTransposition(String code) {
        assertRefused(code, Reason.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @MethodSource("wrongLengths")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "9161030 2MA6X00001J"})
    void refusesAWrongLength(String code) {
        assertRefused(code, Reason.LENGTH);
    }

    @ParameterizedTest
    @MethodSource("forbiddenCharacters")
    void refusesForbiddenCharacters(String code, char bad) {
        assertRefused(code, Reason.CHARACTER);
    }

    @Test
    void acceptsLowerCaseAndSurroundingWhiteSpaceAsTyped() {
        validCodes().limit(20).forEach(code -> {
            assertThat(CreditCode.of(" \t" + code.toLowerCase(Locale.ROOT) + "\n")).isEqualTo(new CreditCode(code));
            assertThat(CreditCode.isValid(code.toLowerCase(Locale.ROOT))).isTrue();
        });
    }

    @Test
    void theConstructorTakesTheCodeExactly() {
        String code = validCodes().filter(c -> c.chars().anyMatch(Character::isLetter)).findFirst().orElseThrow();

        assertThat(refusal(() -> new CreditCode(code.toLowerCase(Locale.ROOT))).reason()).isEqualTo(Reason.CHARACTER);
        assertThat(refusal(() -> new CreditCode(" " + code)).reason()).isEqualTo(Reason.LENGTH);
    }

    @Test
    void onlyAsciiLettersAreUpperCased() {
        String first17 = "91610302MA6XFF001";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(code)).isTrue();

        // String.toUpperCase would turn the ligature into "FF" and make these 17 characters a valid code
        assertRefused(code.replace("FF", "\uFB00"), Reason.LENGTH);
        assertRefused(code.replace("FF", "\uFB00F"), Reason.CHARACTER);
    }

    /*
     * Worked by hand for 91610302MA6X00001J (values: M=21, A=10, X=28):
     * 9·1 + 1·3 + 6·9 + 1·27 + 0·19 + 3·26 + 0·16 + 2·17 + 21·20 + 10·29 + 6·25 + 28·13 + 0·8 + 0·24 + 0·10
     * + 0·30 + 1·28 = 1470; 1470 mod 31 = 13; (31 − 13) mod 31 = 18 = J.
     * 91350100M000100Y43 is the example printed with GB 32100-2015.
     */
    @ParameterizedTest
    @CsvSource({
        "91610302MA6X00001J, 610302",
        "91350100M000100Y43, 350100",
        "916103020000123457, 610302",
        "91610102MA6X000018, 610102",
    })
    void acceptsKnownCodes(String code, String division) {
        assertThat(weightedSum(code) % 31).isZero();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
        assertThat(CreditCode.of(code).divisionCode()).isEqualTo(division);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91610302MA6X00001K", "91350100M000100Y44", "91610302MA6X00010J", "19610302MA6X00001J"})
    void refusesKnownCodesWithATypingError(String code) {
        assertRefused(code, Reason.CHECK_CHARACTER);
    }

    @Test
    void messagesRepeatNoMoreThanTheCode() {
        String garbage = "联系人张三 13912345678 91610302MA6X00001J";
        assertThat(refusal(() -> CreditCode.of(garbage)))
                .hasMessageNotContaining("张三").hasMessageNotContaining("13912345678");
        assertThat(refusal(() -> CreditCode.of("91610302MA6X00001K"))).hasMessageContaining("91610302MA6X00001K");
    }

    private static void assertRefused(String code, Reason reason) {
        InvalidIdentifierException refused = refusal(() -> CreditCode.of(code));
        assertThat(refused).as("refused: %s", code).isNotNull();
        assertThat(refused.reason()).as("reason for %s", code).isEqualTo(reason);
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    private static InvalidIdentifierException refusal(ThrowingCallable call) {
        return catchThrowableOfType(InvalidIdentifierException.class, call);
    }

    /** Σ value × weight over all 18 characters, the check character weighing 1. */
    private static int weightedSum(String code) {
        int sum = ALPHABET.indexOf(code.charAt(17));
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return sum;
    }

    static String replace(String code, int position, char other) {
        return code.substring(0, position) + other + code.substring(position + 1);
    }

    static String swap(String code, int position) {
        return code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
                + code.substring(position + 2);
    }
}

package cn.gov.baoji.credit.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Valid identifiers made by the standards' algorithms, for tests that need many different ones. Pass a
 * {@code Random} with a fixed seed so that a failing test fails again the same way.
 */
public final class TestIdentifiers {

    /** The 12 county-level divisions of Baoji (DOMAIN.md), current codes only. */
    public static final List<String> BAOJI_COUNTIES = List.of("610302", "610303", "610304", "610305", "610323",
            "610324", "610326", "610327", "610328", "610329", "610330", "610331");
    /** Registration authority + organisation type: enterprise, individual business, co-operative, institution. */
    private static final List<String> REGISTRATION_TYPES = List.of("91", "92", "93", "12", "52");

    private TestIdentifiers() {
    }

    /**
     * A valid credit code registered in the given division (characters 3–8). Character 9 is always {@code 1}, so
     * the code never picks a special answer of the sandbox market registry (0000, 7777, 8888, 9999).
     */
    public static String creditCode(Random random, String divisionCode) {
        StringBuilder code = new StringBuilder(REGISTRATION_TYPES.get(random.nextInt(REGISTRATION_TYPES.size())));
        code.append(divisionCode);
        code.append("1");
        for (int i = 0; i < 8; i++) {
            code.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    /** A valid credit code registered in one of Baoji's counties. */
    public static String creditCode(Random random) {
        return creditCode(random, BAOJI_COUNTIES.get(random.nextInt(BAOJI_COUNTIES.size())));
    }

    /** A credit code with a given registration part (characters 9–17), e.g. to pick a sandbox outcome. */
    public static String creditCodeWithRegistration(String divisionCode, String registration) {
        String first17 = "91" + divisionCode + registration;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A valid resident identity number of someone registered in the division and born on the date. */
    public static String residentId(Random random, String divisionCode, LocalDate birthDate) {
        String first17 = divisionCode + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth()) + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A valid resident identity number of someone from a Baoji county, born between 1950 and 2004. */
    public static String residentId(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        return residentId(random, BAOJI_COUNTIES.get(random.nextInt(BAOJI_COUNTIES.size())), birth);
    }
}

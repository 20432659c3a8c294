package cn.gov.baoji.credit.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Valid identifiers made by the standards' algorithms, for tests that need many different ones. */
public final class TestIdentifiers {

    public static final List<String> BAOJI_COUNTIES = List.of("610302", "610303", "610304", "610305", "610323",
            "610324", "610326", "610327", "610328", "610329", "610330", "610331");
    private static final List<String> REGISTRATION_TYPES = List.of("91", "92", "93", "12", "52");

    private TestIdentifiers() {
    }

    /** A valid credit code registered in the given division; the registration part avoids sandbox triggers. */
    public static String creditCode(Random random, String divisionCode) {
        StringBuilder code = new StringBuilder(REGISTRATION_TYPES.get(random.nextInt(REGISTRATION_TYPES.size())));
        code.append(divisionCode);
        code.append("1");
        for (int i = 0; i < 8; i++) {
            code.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    public static String creditCode(Random random) {
        return creditCode(random, BAOJI_COUNTIES.get(random.nextInt(BAOJI_COUNTIES.size())));
    }

    /** A credit code with a given registration part (characters 9–17), e.g. to pick a sandbox outcome. */
    public static String creditCodeWithRegistration(String divisionCode, String registration) {
        String first17 = "91" + divisionCode + registration;
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static String residentId(Random random, String divisionCode, LocalDate birthDate) {
        String first17 = divisionCode + birthDate.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String residentId(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        return residentId(random, BAOJI_COUNTIES.get(random.nextInt(BAOJI_COUNTIES.size())), birth);
    }
}

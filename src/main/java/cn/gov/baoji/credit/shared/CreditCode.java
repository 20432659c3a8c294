package cn.gov.baoji.credit.shared;

import java.util.Locale;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) of an enterprise, individual business or other
 * organisation: 18 characters, the last a check character. Characters 3–8 are the division code of the
 * registering authority, which tells where the subject is registered.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        check(value);
    }

    /** Trims and upper-cases, then checks. */
    public static CreditCode of(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH, "credit code is missing");
        }
        return new CreditCode(raw.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters (which must be from the alphabet). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Division code of the registering authority (characters 3–8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void check(String value) {
        if (value == null || value.length() != 18) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH,
                    "a credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHARACTER,
                        "a credit code uses only digits and the letters ABCDEFGHJKLMNPQRTUWXY");
            }
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHECK_CHARACTER,
                    "the check character of credit code " + value + " is wrong");
        }
    }
}

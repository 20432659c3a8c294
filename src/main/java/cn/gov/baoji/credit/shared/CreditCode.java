package cn.gov.baoji.credit.shared;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) of an enterprise, individual business or other
 * organisation: the key under which the market registry knows a subject. 18 characters, the last a check
 * character; characters 3–8 are the division code of the registering authority, which tells where the subject
 * is registered and so which county works its case.
 */
public record CreditCode(String value) {

    /** The characters of the standard; a character's index is its value. I, O, S, V and Z are never used. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    /** Takes the code exactly as given; use {@link #of(String)} for what a person typed. */
    public CreditCode {
        check(value);
    }

    /**
     * The code a person typed: surrounding white space is dropped and lower-case letters accepted.
     *
     * @throws InvalidIdentifierException with the reason the code is refused
     */
    public static CreditCode of(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH, "credit code is missing");
        }
        return new CreditCode(upperCaseAscii(raw.strip()));
    }

    /** Whether {@link #of(String)} accepts the input. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters, which must all be from the alphabet. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Division code of the registering authority (characters 3–8), e.g. {@code 610302} for 渭滨区. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Only a–z: {@code String.toUpperCase} would turn the ligature ﬀ into FF and so lengthen the input. */
    private static String upperCaseAscii(String raw) {
        StringBuilder upper = new StringBuilder(raw.length());
        raw.chars().forEach(c -> upper.append((char) (c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)));
        return upper.toString();
    }

    private static void check(String value) {
        if (value == null || value.length() != LENGTH) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH,
                    "a credit code has 18 characters");
        }
        if (!value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHARACTER,
                    "a credit code uses only digits and the letters ABCDEFGHJKLMNPQRTUWXY");
        }
        if (checkCharacter(value) != value.charAt(LENGTH - 1)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHECK_CHARACTER,
                    "the check character of credit code " + value + " is wrong; please check for a typing error");
        }
    }
}

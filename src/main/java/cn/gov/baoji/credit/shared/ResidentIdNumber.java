package cn.gov.baoji.credit.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Resident identity number (公民身份号码, GB 11643-1999) of a natural person, e.g. an online seller without a
 * business licence: 17 digits (division code, birth date, sequence) and a check character. It is personal data:
 * {@link #toString()} is masked so that it cannot leak into a log or an error message; {@link #value()} gives the
 * full number for the few places that need it.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final int LENGTH = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Birth dates are Chinese calendar days; a server clock in UTC would refuse people born this morning. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Takes the number exactly as given (check character X in upper case); see {@link #of(String)}. */
    public ResidentIdNumber {
        check(value);
    }

    /**
     * The number a person typed: surrounding white space is dropped and a lower-case check character x accepted.
     *
     * @throws InvalidIdentifierException with the reason the number is refused; the message never contains it
     */
    public static ResidentIdNumber of(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH, "ID number is missing");
        }
        return new ResidentIdNumber(raw.strip().replace('x', 'X'));
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

    /** The check character for the first 17 characters, which must all be digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Division code of the place of household registration (digits 1–6), e.g. {@code 610302} for 渭滨区. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    /** The birth date (digits 7–14). */
    public LocalDate birthDate() {
        return birthDate(value);
    }

    /** First 6 and last 4 characters, the 8 between masked: {@code 610302********123X}. */
    public String masked() {
        return mask(value);
    }

    /**
     * The publication rule for any ID number string, valid or not: first 6 and last 4 characters shown, the rest
     * masked; a string too short to have a middle is masked whole.
     */
    public static String mask(String idNumber) {
        if (idNumber.length() <= 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** The masked form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDate(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    private static void check(String value) {
        if (value == null || value.length() != LENGTH) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH,
                    "an ID number has 18 characters");
        }
        char last = value.charAt(LENGTH - 1);
        if (!value.substring(0, LENGTH - 1).chars().allMatch(c -> c >= '0' && c <= '9')
                || CHECK.indexOf(last) < 0) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHARACTER,
                    "an ID number has 17 digits and a check character (a digit or X)");
        }
        if (checkCharacter(value) != last) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHECK_CHARACTER,
                    "the check character of the ID number is wrong; please check for a typing error");
        }
        checkBirthDate(value);
    }

    private static void checkBirthDate(String value) {
        LocalDate birth;
        try {
            birth = birthDate(value);
        } catch (DateTimeException e) {
            birth = null;
        }
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now(CHINA))) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.DATE,
                    "the birth date in the ID number is not possible");
        }
    }
}

package cn.gov.baoji.credit.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Resident identity number (公民身份号码, GB 11643-1999) of a natural person: 17 digits and a check character.
 * Personal data: {@link #toString()} is masked (first 6 and last 4 shown) so that it cannot leak into a log.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public ResidentIdNumber {
        check(value);
    }

    /** Trims and upper-cases (a lower-case x is accepted), then checks. */
    public static ResidentIdNumber of(String raw) {
        if (raw == null) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH, "ID number is missing");
        }
        return new ResidentIdNumber(raw.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Division code of the place of registration (digits 1–6). */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** First 6 and last 4 characters, the 8 between masked: {@code 610302********123X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static void check(String value) {
        if (value == null || value.length() != 18) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.LENGTH,
                    "an ID number has 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHARACTER,
                        "an ID number has 17 digits and a check character");
            }
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.CHECK_CHARACTER,
                    "the check character of the ID number is wrong");
        }
        checkBirthDate(value);
    }

    private static void checkBirthDate(String value) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
                throw new InvalidIdentifierException(InvalidIdentifierException.Reason.DATE,
                        "the birth date in the ID number is impossible");
            }
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.DATE,
                    "the birth date in the ID number is impossible");
        }
    }
}

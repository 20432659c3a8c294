package cn.gov.baoji.credit.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a case (宝鸡电商失信, {@code BJDS-2026-000123}): what reporters, staff and integrators quote, and the
 * business key of its process instances. The sequence is zero-padded to 6 digits and simply grows longer after
 * 999999; each case has exactly one spelling, so the number can be compared as a string.
 */
public record CaseNumber(String value) {

    private static final String PREFIX = "BJDS";
    // canonical only: no extra leading zeros, sequence from 1, at most 18 digits so it fits a long
    private static final Pattern FORMAT = Pattern.compile("BJDS-([1-9]\\d{3})-(\\d{6}|[1-9]\\d{6,17})");

    /**
     * @throws InvalidIdentifierException with reason {@code FORMAT} if the value is not a canonical case number
     */
    public CaseNumber {
        if (!isValid(value)) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.FORMAT,
                    "a case number looks like BJDS-2026-000123");
        }
    }

    /** The number of the given case of a year; the year has 4 digits and the sequence starts at 1. */
    public static CaseNumber of(int year, long sequence) {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("year must have 4 digits and the sequence be positive");
        }
        return new CaseNumber(String.format("%s-%04d-%06d", PREFIX, year, sequence));
    }

    /**
     * A case number as quoted, surrounding white space dropped.
     *
     * @throws InvalidIdentifierException with reason {@code FORMAT}
     */
    public static CaseNumber parse(String raw) {
        return new CaseNumber(raw == null ? null : raw.strip());
    }

    /** Whether the value is a case number exactly as this class writes it. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        Matcher matcher = FORMAT.matcher(value);
        return matcher.matches() && Long.parseLong(matcher.group(2)) > 0;
    }

    public int year() {
        return Integer.parseInt(value.substring(5, 9));
    }

    public long sequence() {
        return Long.parseLong(value.substring(10));
    }

    @Override
    public String toString() {
        return value;
    }
}

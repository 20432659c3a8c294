package cn.gov.baoji.credit.shared;

import java.util.regex.Pattern;

/** The number of a case, also its process business key: {@code BJDS-2026-000123} (宝鸡电商失信). */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^BJDS-\\d{4}-\\d{6,}$");

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidIdentifierException(InvalidIdentifierException.Reason.FORMAT,
                    "a case number looks like BJDS-2026-000123");
        }
    }

    public static CaseNumber of(int year, long sequence) {
        if (year < 1000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("year must have 4 digits and the sequence be positive");
        }
        return new CaseNumber(String.format("BJDS-%04d-%06d", year, sequence));
    }

    public static CaseNumber parse(String raw) {
        return new CaseNumber(raw == null ? null : raw.strip());
    }

    public static boolean isValid(String raw) {
        return raw != null && FORMAT.matcher(raw).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

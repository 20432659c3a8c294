package cn.gov.baoji.credit.registry;

import java.util.Objects;

import cn.gov.baoji.credit.shared.ResidentIdNumber;

/**
 * The listed market entity or person: an enterprise by its unified social credit code, a natural person by
 * the resident ID number. {@link #toString()} masks the ID number.
 */
public record ListedSubject(String type, String name, String creditCode, String idNumber,
                            String legalRepresentative) {

    public ListedSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (creditCode == null && idNumber == null) {
            throw new IllegalArgumentException("A listed subject needs a credit code or an ID number");
        }
    }

    /** The identifier that makes two entries the same subject. */
    public String key() {
        return creditCode != null ? creditCode : idNumber;
    }

    /** The ID number with only the first 6 and last 4 characters shown, or null. */
    public String maskedIdNumber() {
        return idNumber == null ? null : ResidentIdNumber.mask(idNumber);
    }

    @Override
    public String toString() {
        return "ListedSubject[type=" + type + ", name=" + name + ", creditCode=" + creditCode
                + ", idNumber=" + maskedIdNumber() + "]";
    }
}

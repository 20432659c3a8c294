package cn.gov.baoji.credit.adapters.marketregistry;

import java.util.Objects;

import cn.gov.baoji.credit.shared.CreditCode;

/**
 * What the registry knows of an enterprise. {@code districtCode} is the GB/T 2260 code of the division where
 * it is registered, which decides whether the case is Baoji's.
 */
public record EnterpriseRecord(CreditCode creditCode, String name, String districtCode, String legalRepresentative,
                               RegistrationStatus status) {

    public EnterpriseRecord {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(status, "status");
    }
}

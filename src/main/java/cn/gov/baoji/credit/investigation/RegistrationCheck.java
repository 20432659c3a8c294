package cn.gov.baoji.credit.investigation;

import java.util.Optional;

import cn.gov.baoji.credit.adapters.marketregistry.EnterpriseRecord;
import cn.gov.baoji.credit.adapters.marketregistry.RegistrationStatus;

/**
 * What the registry said about the subject, compared with the complaint. Anything but REGISTERED is a flag
 * for the investigator, never a reason to stop the case.
 */
enum RegistrationCheck {
    REGISTERED,
    NOT_FOUND,
    NO_LONGER_ACTIVE,
    DISTRICT_MISMATCH,
    NOT_APPLICABLE;

    static RegistrationCheck of(Optional<EnterpriseRecord> record, String claimedDistrict) {
        if (record.isEmpty()) {
            return NOT_FOUND;
        }
        EnterpriseRecord enterprise = record.get();
        if (enterprise.status() != RegistrationStatus.ACTIVE) {
            return NO_LONGER_ACTIVE;
        }
        if (claimedDistrict != null && enterprise.districtCode() != null
                && !claimedDistrict.equals(enterprise.districtCode())) {
            return DISTRICT_MISMATCH;
        }
        return REGISTERED;
    }
}

package cn.gov.baoji.credit.intake;

import cn.gov.baoji.credit.shared.ResidentIdNumber;

/**
 * The subject of a complaint as the complainant named it. The ID number is personal data: it leaves intake
 * only for the list registry, never into the process. {@link #toString()} masks it.
 */
public record ComplaintSubject(String type, String name, String creditCode, String idNumber) {

    @Override
    public String toString() {
        return "ComplaintSubject[type=" + type + ", name=" + name + ", creditCode=" + creditCode + ", idNumber="
                + (idNumber == null ? null : ResidentIdNumber.mask(idNumber)) + "]";
    }
}

package cn.gov.baoji.credit.adapters.marketregistry;

/** The registration status of an enterprise in the market regulator's registry. */
public enum RegistrationStatus {
    /** Registered and operating (存续/在业). */
    ACTIVE,
    /** Business licence revoked by the regulator (吊销). */
    REVOKED,
    /** Deregistered, the entity no longer exists (注销). */
    DEREGISTERED
}

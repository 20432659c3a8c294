package cn.gov.baoji.credit.adapters.marketregistry;

import java.util.Optional;

import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.shared.CreditCode;

/** Looks up enterprises in the market regulator's (市工商局) registry. */
public interface MarketRegistryPort {

    /** The agency's name in properties ({@code agency.market-registry.*}) and in the outbound call log. */
    String AGENCY = "market-registry";

    /**
     * The registry's record of the enterprise with this credit code; empty when the registry does not know
     * the code (a business answer: the subject is not registered). Revoked and deregistered enterprises are
     * found, with their status. The call is read-only and may be repeated; it is recorded in the outbound call
     * log once per {@code idempotencyKey}, counting attempts.
     *
     * @param idempotencyKey identifies this lookup across job re-runs, e.g. the process instance and activity id
     * @param caseNumber     the case the lookup serves, for the log
     * @throws AgencyUnavailableException the registry could not be reached or gave no usable answer; the job
     *                                    retries and finally raises an incident
     */
    Optional<EnterpriseRecord> findEnterprise(CreditCode code, String idempotencyKey, String caseNumber);
}

package cn.gov.baoji.credit.adapters.nationalplatform;

/**
 * The National Credit Information Sharing Platform (全国信用信息共享平台), as far as Baoji reports to it.
 * Delivery is idempotent per key: delivering the same item again has no second effect there.
 */
public interface NationalPlatformPort {

    String AGENCY = "national-platform";

    /**
     * Delivers one report, or throws {@link cn.gov.baoji.credit.adapters.AgencyUnavailableException} (retry
     * later) or {@link cn.gov.baoji.credit.adapters.AgencyRejectedException} (the content was refused).
     */
    void deliver(FeedbackItem item);
}

package cn.gov.baoji.credit.adapters.nationalplatform;

/**
 * The National Credit Information Sharing Platform (全国信用信息共享平台): Baoji reports to it, and pulls the
 * chaoxin targets designated by the nation and the provinces from it. Delivery is idempotent per key:
 * delivering the same item again has no second effect there.
 */
public interface NationalPlatformPort {

    String AGENCY = "national-platform";

    /**
     * Delivers one report, or throws {@link cn.gov.baoji.credit.adapters.AgencyUnavailableException} (retry
     * later) or {@link cn.gov.baoji.credit.adapters.AgencyRejectedException} (the content was refused).
     */
    void deliver(FeedbackItem item);

    /**
     * The targets designated or changed at the platform since the cursor (null: from the beginning), at most
     * {@code limit}, oldest change first. Reading is safe to repeat: the same cursor gives the same changes
     * (or later states of the same entries). Throws {@link cn.gov.baoji.credit.adapters.AgencyUnavailableException}
     * when there is no usable answer; the caller tries again at its next run.
     */
    TargetPage targetsChangedSince(String cursor, int limit);
}

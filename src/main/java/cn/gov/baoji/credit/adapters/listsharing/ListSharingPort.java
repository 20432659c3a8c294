package cn.gov.baoji.credit.adapters.listsharing;

/**
 * Tells one destination of a listing, its change or its removal: a member unit (by its group id) or the
 * provincial platform. Idempotent per key at the destination.
 */
public interface ListSharingPort {

    String AGENCY = "list-sharing";
    /** The Shaanxi provincial public credit information platform. */
    String PROVINCIAL_PLATFORM = "provincial-platform";

    /**
     * Delivers the notice, or throws {@link cn.gov.baoji.credit.adapters.AgencyUnavailableException} (retry
     * later) or {@link cn.gov.baoji.credit.adapters.AgencyRejectedException} (refused);
     * {@link IllegalArgumentException} for a destination that is not configured.
     */
    void share(String destination, ListEntryNotice notice, String idempotencyKey);
}

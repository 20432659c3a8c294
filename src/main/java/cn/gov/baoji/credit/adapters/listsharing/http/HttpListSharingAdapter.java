package cn.gov.baoji.credit.adapters.listsharing.http;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyCalls;
import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice;
import cn.gov.baoji.credit.adapters.listsharing.ListSharingPort;
import org.springframework.web.client.RestClient;

/** {@code POST /list-entries/notices} at the destination's base URL (agencies/list-sharing.yaml). */
public class HttpListSharingAdapter implements ListSharingPort {

    static final String PATH = "/list-entries/notices";

    private final Map<String, RestClient> destinations;
    private final OutboundCallLog calls;

    public HttpListSharingAdapter(Map<String, RestClient> destinations, OutboundCallLog calls) {
        Map<String, RestClient> byKey = new HashMap<>();
        destinations.forEach((id, client) -> byKey.put(key(id), client));
        this.destinations = Map.copyOf(byKey);
        this.calls = calls;
    }

    /**
     * Destinations are matched without dashes and case: set from an environment variable,
     * {@code AGENCY_LISTSHARING_DESTINATIONS_PUBLICSECURITY_BASEURL} binds the key {@code publicsecurity}, which
     * must still find {@code public-security}.
     */
    static String key(String destination) {
        return destination.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void share(String destination, ListEntryNotice notice, String idempotencyKey) {
        RestClient client = destinations.get(key(destination));
        if (client == null) {
            throw new IllegalArgumentException("No base URL configured for list-sharing destination '" + destination
                    + "' (agency.list-sharing.destinations." + destination + ".base-url)");
        }
        Map<String, Object> request = new HashMap<>(notice.maskedRequest());
        request.put("destination", destination);
        var attempt = new OutboundCallAttempt(AGENCY, "share", idempotencyKey, notice.caseNumber(), AdapterMode.HTTP,
                request);
        try {
            AgencyCalls.deliver(client, AGENCY + "." + destination, PATH, idempotencyKey, notice);
        } catch (RuntimeException e) {
            calls.recordFailure(attempt, e);
            throw e;
        }
        calls.record(attempt, OutboundCallOutcome.SENT);
    }
}

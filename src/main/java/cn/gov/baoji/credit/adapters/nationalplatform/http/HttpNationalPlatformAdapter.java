package cn.gov.baoji.credit.adapters.nationalplatform.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyCalls;
import cn.gov.baoji.credit.adapters.http.AgencyRestClients;
import cn.gov.baoji.credit.adapters.nationalplatform.DesignatedTarget;
import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackItem;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;
import cn.gov.baoji.credit.adapters.nationalplatform.TargetPage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@code POST /feedback/{kind}} with the report as its body (agencies/national-platform.yaml). The body is
 * the outbox's JSON, sent as a JSON tree so that it is not quoted as a string. {@code GET /targets?since=&limit=}
 * for the targets designated elsewhere: any answer but a readable 2xx page is unavailable (the pull tries
 * again at its next run).
 */
public class HttpNationalPlatformAdapter implements NationalPlatformPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient platform;
    private final OutboundCallLog calls;

    public HttpNationalPlatformAdapter(RestClient platform, OutboundCallLog calls) {
        this.platform = platform;
        this.calls = calls;
    }

    @Override
    public void deliver(FeedbackItem item) {
        var attempt = new OutboundCallAttempt(AGENCY, item.kind().path(), item.idempotencyKey(), item.caseNumber(),
                AdapterMode.HTTP, Map.of("kind", item.kind().name()));
        try {
            JsonNode body = JSON.readTree(item.payloadJson());
            AgencyCalls.deliver(platform, AGENCY, "/feedback/" + item.kind().path(), item.idempotencyKey(), body);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Outbox payload is not JSON: " + item, e);
            calls.recordFailure(attempt, failure);
            throw failure;
        }
        calls.record(attempt, OutboundCallOutcome.SENT);
    }

    @Override
    public TargetPage targetsChangedSince(String cursor, int limit) {
        Map<String, Object> request = new HashMap<>();
        request.put("since", cursor == null ? "" : cursor);
        request.put("limit", limit);
        var attempt = new OutboundCallAttempt(AGENCY, "targets-changed", "targets:" + (cursor == null ? "" : cursor),
                null, AdapterMode.HTTP, request);
        TargetPage page;
        try {
            page = toPage(fetch(cursor, limit), cursor);
        } catch (AgencyUnavailableException e) {
            calls.recordFailure(attempt, e);
            throw e;
        }
        calls.record(attempt, page.targets().isEmpty() ? OutboundCallOutcome.NOT_FOUND : OutboundCallOutcome.FOUND);
        return page;
    }

    private TargetPageResponse fetch(String cursor, int limit) {
        try {
            return platform.get()
                    .uri(uri -> (cursor == null ? uri.path("/targets") : uri.path("/targets").queryParam("since", cursor))
                            .queryParam("limit", limit).build())
                    .header(AgencyRestClients.IDEMPOTENCY_KEY, "targets:" + (cursor == null ? "" : cursor))
                    .retrieve()
                    .onStatus(status -> !status.is2xxSuccessful(), (req, response) -> {
                        throw new AgencyUnavailableException(AGENCY + " answered " + response.getStatusCode().value()
                                + " to GET /targets");
                    })
                    .body(TargetPageResponse.class);
        } catch (AgencyUnavailableException e) {
            throw e;
        } catch (RestClientException e) {
            throw new AgencyUnavailableException(AGENCY + " could not be reached or read at /targets: "
                    + e.getMessage(), e);
        }
    }

    private static TargetPage toPage(TargetPageResponse body, String cursor) {
        if (body == null || body.targets() == null || body.nextCursor() == null || body.more() == null) {
            throw new AgencyUnavailableException(AGENCY + " answered an incomplete target page after " + cursor);
        }
        List<DesignatedTarget> targets = body.targets().stream().map(t -> new DesignatedTarget(t.entryId(),
                t.source(), t.listType(), t.subjectType(), t.subjectName(), t.creditCode(), t.idNumber(),
                t.legalRepresentative(), t.designatingAuthority(), t.basis(), t.decisionDate(), t.validUntil(),
                "WITHDRAWN".equals(t.status()), t.withdrawalReason())).toList();
        return new TargetPage(targets, body.nextCursor(), body.more());
    }
}

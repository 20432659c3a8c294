package cn.gov.baoji.credit.adapters.nationalplatform.http;

import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.http.AgencyCalls;
import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackItem;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /feedback/{kind}} with the report as its body (agencies/national-platform.yaml). The body is
 * the outbox's JSON, sent as a JSON tree so that it is not quoted as a string.
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
}

package cn.gov.baoji.credit.adapters.nationalplatform.sandbox;

import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.SandboxAdapter;
import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackItem;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;

/** Delivers nothing: records each report in the outbound call log as SENT, so the embedded default shows it. */
public class SandboxNationalPlatformAdapter implements NationalPlatformPort, SandboxAdapter {

    private final OutboundCallLog calls;

    public SandboxNationalPlatformAdapter(OutboundCallLog calls) {
        this.calls = calls;
    }

    @Override
    public void deliver(FeedbackItem item) {
        calls.record(new OutboundCallAttempt(AGENCY, item.kind().path(), item.idempotencyKey(), item.caseNumber(),
                AdapterMode.SANDBOX, Map.of("kind", item.kind().name())), OutboundCallOutcome.SENT);
    }

    @Override
    public String agencyName() {
        return AGENCY;
    }
}

package cn.gov.baoji.credit.adapters.nationalplatform.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.SandboxAdapter;
import cn.gov.baoji.credit.adapters.nationalplatform.DesignatedTarget;
import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackItem;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;
import cn.gov.baoji.credit.adapters.nationalplatform.TargetPage;

/**
 * Delivers nothing: records each report in the outbound call log as SENT, so the embedded default shows it.
 * The targets pull answers the fixture it was built with (none by default), paged by position: the cursor is
 * the index of the next target, so a tester can see a pull resume where it stopped. Each pull is logged
 * (operation {@code targets-changed}) with FOUND or NOT_FOUND.
 */
public class SandboxNationalPlatformAdapter implements NationalPlatformPort, SandboxAdapter {

    private final OutboundCallLog calls;
    private final List<DesignatedTarget> targets;

    public SandboxNationalPlatformAdapter(OutboundCallLog calls) {
        this(calls, List.of());
    }

    public SandboxNationalPlatformAdapter(OutboundCallLog calls, List<DesignatedTarget> targets) {
        this.calls = calls;
        this.targets = List.copyOf(targets);
    }

    @Override
    public void deliver(FeedbackItem item) {
        calls.record(new OutboundCallAttempt(AGENCY, item.kind().path(), item.idempotencyKey(), item.caseNumber(),
                AdapterMode.SANDBOX, Map.of("kind", item.kind().name())), OutboundCallOutcome.SENT);
    }

    @Override
    public TargetPage targetsChangedSince(String cursor, int limit) {
        int from = cursor == null || cursor.isBlank() ? 0 : Math.min(Integer.parseInt(cursor), targets.size());
        int to = Math.min(targets.size(), from + limit);
        Map<String, Object> request = new HashMap<>();
        request.put("since", cursor == null ? "" : cursor);
        request.put("limit", limit);
        calls.record(new OutboundCallAttempt(AGENCY, "targets-changed", "targets:" + from, null, AdapterMode.SANDBOX,
                request), from == to ? OutboundCallOutcome.NOT_FOUND : OutboundCallOutcome.FOUND);
        return new TargetPage(targets.subList(from, to), String.valueOf(to), to < targets.size());
    }

    @Override
    public String agencyName() {
        return AGENCY;
    }
}

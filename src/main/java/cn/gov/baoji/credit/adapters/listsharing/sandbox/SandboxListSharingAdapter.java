package cn.gov.baoji.credit.adapters.listsharing.sandbox;

import java.util.HashMap;
import java.util.Map;

import cn.gov.baoji.credit.adapters.AdapterMode;
import cn.gov.baoji.credit.adapters.OutboundCallAttempt;
import cn.gov.baoji.credit.adapters.OutboundCallLog;
import cn.gov.baoji.credit.adapters.OutboundCallOutcome;
import cn.gov.baoji.credit.adapters.SandboxAdapter;
import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice;
import cn.gov.baoji.credit.adapters.listsharing.ListSharingPort;

/** Shares nothing: records each notice (ID number masked) with its destination in the outbound call log. */
public class SandboxListSharingAdapter implements ListSharingPort, SandboxAdapter {

    private final OutboundCallLog calls;

    public SandboxListSharingAdapter(OutboundCallLog calls) {
        this.calls = calls;
    }

    @Override
    public void share(String destination, ListEntryNotice notice, String idempotencyKey) {
        Map<String, Object> request = new HashMap<>(notice.maskedRequest());
        request.put("destination", destination);
        calls.record(new OutboundCallAttempt(AGENCY, "share", idempotencyKey, notice.caseNumber(),
                AdapterMode.SANDBOX, request), OutboundCallOutcome.SENT);
    }

    @Override
    public String agencyName() {
        return AGENCY;
    }
}

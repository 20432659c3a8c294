package cn.gov.baoji.credit.adapters;

import java.util.List;

/** One page of the outbound call log, newest first, with the paging that produced it. */
record OutboundCallPageResponse(List<OutboundCallResponse> items, int limit, int offset) {
}

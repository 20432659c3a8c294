package cn.gov.baoji.credit.adapters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbound call log for administrators: which agency was called for which case, how often, with what
 * outcome. Bad paging parameters are refused with 400 by Spring's method validation.
 */
@RestController
@RequestMapping("/api/v1/outbound-calls")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class OutboundCallController {

    private final OutboundCallLog calls;

    OutboundCallController(OutboundCallLog calls) {
        this.calls = calls;
    }

    @GetMapping
    public OutboundCallPageResponse list(
            @RequestParam(required = false) @Size(max = 64) String agency,
            @RequestParam(required = false) @Size(max = 32) String caseNumber,
            @RequestParam(defaultValue = "" + OutboundCallQuery.DEFAULT_LIMIT) @Min(1)
            @Max(OutboundCallQuery.MAX_LIMIT) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        var items = calls.recent(new OutboundCallQuery(blankToNull(agency), blankToNull(caseNumber), limit, offset))
                .stream().map(OutboundCallResponse::of).toList();
        return new OutboundCallPageResponse(items, limit, offset);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package cn.gov.baoji.credit.feedback;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What has been reported to the national platform and what is still waiting, newest first, for operators,
 * the credit office and supervisors.
 */
@RestController
@RequestMapping("/api/v1/national-feedback")
@PreAuthorize("hasAnyAuthority('GROUP_camunda-admin', 'GROUP_credit-office', 'GROUP_supervisors')")
class FeedbackController {

    private final FeedbackOutbox outbox;

    FeedbackController(FeedbackOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxItem> recent(@RequestParam(defaultValue = "false") boolean pendingOnly,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return outbox.recent(pendingOnly, limit);
    }
}

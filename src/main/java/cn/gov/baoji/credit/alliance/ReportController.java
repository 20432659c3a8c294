package cn.gov.baoji.credit.alliance;

import cn.gov.baoji.credit.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/alliance/reports}: members send batches of monitoring reports and read back their own; the credit
 * office reads every member's, the waiting ones in particular.
 */
@RestController
@RequestMapping("/api/v1/alliance/reports")
class ReportController {

    static final String STAFF = "hasAnyAuthority('GROUP_credit-office', 'GROUP_camunda-admin', 'GROUP_supervisors')";

    private final AllianceReports reports;
    private final AllianceMembers members;

    ReportController(AllianceReports reports, AllianceMembers members) {
        this.reports = reports;
        this.members = members;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('GROUP_alliance-members')")
    SubmitReportsResponse submit(@Valid @RequestBody SubmitReportsRequest request, Authentication authentication) {
        AllianceMember member = members.memberOf(Caller.from(authentication))
                .orElseThrow(() -> new AccessDeniedException("Only an active alliance member sends reports"));
        return reports.submit(member, request);
    }

    @GetMapping
    @PreAuthorize(STAFF + " or hasAuthority('GROUP_alliance-members')")
    ReportPageResponse list(@RequestParam(required = false) ReportStatus status,
                            @RequestParam(required = false) @Size(max = 32) String memberId,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                            Authentication authentication) {
        Caller caller = Caller.from(authentication);
        boolean staff = caller.isInAny(java.util.Set.of("credit-office", "camunda-admin", "supervisors"));
        String only = memberId == null || memberId.isBlank() ? null : memberId.strip();
        if (!staff) {
            AllianceMember member = members.memberOf(caller)
                    .orElseThrow(() -> new AccessDeniedException("Not an active alliance member"));
            if (only != null && !only.equals(member.memberId())) {
                throw new AccessDeniedException("A member reads only its own reports");
            }
            only = member.memberId();
        }
        Boolean waiting = status == null ? null : status == ReportStatus.WAITING;
        return reports.page(only, waiting, page, size, staff);
    }
}

package cn.gov.baoji.credit.intake;

import java.net.URI;
import java.util.Set;

import cn.gov.baoji.credit.casefile.CaseSummary;
import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.security.Organisations;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Industry associations and chambers of commerce propose designations (mechanism 6 of the plan). */
@RestController
@RequestMapping("/api/v1/designation-proposals")
class DesignationProposalController {

    static final Set<String> PROPOSERS = Set.of(Organisations.ASSOCIATIONS, Organisations.ECOMMERCE_ASSOCIATION,
            Organisations.CAMUNDA_ADMIN);

    private final IntakeService intake;

    DesignationProposalController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProposalResponse> propose(@Valid @RequestBody DesignationProposalRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKeyHeader,
            Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!caller.isInAny(PROPOSERS)) {
            throw new AccessDeniedException("Designations are proposed by industry associations and chambers");
        }
        String idempotencyKey = ComplaintController.idempotencyKey(idempotencyKeyHeader, request.externalReference());
        IntakeService.Submission submission = intake.propose(request, caller.userId(), idempotencyKey);
        CaseSummary c = submission.caseSummary();
        return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/cases/" + c.caseNumber()))
                .body(new ProposalResponse(c.caseNumber(), c.processInstanceId(), c.stage().name()));
    }

    record ProposalResponse(String caseNumber, String processInstanceId, String status) {
    }
}

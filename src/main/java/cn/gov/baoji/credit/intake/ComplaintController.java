package cn.gov.baoji.credit.intake;

import java.net.URI;

import cn.gov.baoji.credit.api.InvalidRequestException;
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

/** {@code POST /api/v1/complaints}: staff and integrators register a complaint and get its case number. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private final IntakeService intake;

    ComplaintController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintResponse> submit(@Valid @RequestBody SubmitComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKeyHeader,
            Authentication authentication) {
        Caller caller = Caller.from(authentication);
        if (!maySubmit(caller)) {
            throw new AccessDeniedException("Complaints are registered by staff and integrators");
        }
        String idempotencyKey = idempotencyKey(idempotencyKeyHeader, request.externalReference());
        IntakeService.Submission submission = intake.submit(request, caller.userId(), idempotencyKey);
        CaseSummary c = submission.caseSummary();
        return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/cases/" + c.caseNumber()))
                .body(new ComplaintResponse(c.caseNumber(), c.processInstanceId(), c.stage().name()));
    }

    /** Supervisors only read; the credit investigator investigates; everyone else may register. */
    static boolean maySubmit(Caller caller) {
        return caller.groups().stream().anyMatch(group -> !group.equals(Organisations.SUPERVISORS)
                && !group.equals(Organisations.CREDIT_INVESTIGATOR));
    }

    static String idempotencyKey(String header, String externalReference) {
        if (header == null) {
            return ComplaintRules.blank(externalReference) ? null : externalReference.strip();
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > 128 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new InvalidRequestException("Idempotency-Key", "format",
                    "must be 1 to 128 visible ASCII characters");
        }
        return key;
    }

    record ComplaintResponse(String caseNumber, String processInstanceId, String status) {
    }
}

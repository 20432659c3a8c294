package cn.gov.baoji.credit.repair;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import cn.gov.baoji.credit.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Credit repair over the API: staff taking an application at the counter and integrators forwarding one (JSON),
 * then its evidence files; subjects themselves use the public page, which takes both at once.
 */
@RestController
@PreAuthorize("@repairAccess.mayHandle(authentication)")
class RepairController {

    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private final CreditRepair repair;

    RepairController(CreditRepair repair) {
        this.repair = repair;
    }

    @PostMapping(path = "/api/v1/list-entries/{id}/repair-applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApplicationResponse> apply(@PathVariable String id, @Valid @RequestBody RepairRequest request,
                                              Authentication authentication) {
        return created(repair.apply(entryId(id), request, List.of(), RepairApplication.Channel.API,
                Caller.from(authentication).userId()));
    }

    /** Evidence of correction for an application under review (up to five files in all). */
    @PostMapping(path = "/api/v1/repair-applications/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<RepairApplication.Evidence> addEvidence(@PathVariable String id,
                                                 @RequestParam(name = "file", required = false)
                                                 List<MultipartFile> files) throws IOException {
        if (!id.matches(UUID)) {
            throw new InvalidRequestException("id", "format", "must be a repair application id (a UUID)");
        }
        List<EvidenceFile> evidence = new ArrayList<>();
        if (files != null) {
            for (int i = 0; i < files.size(); i++) {
                evidence.add(EvidenceFile.of(files.get(i).getOriginalFilename(), i, files.get(i).getBytes()));
            }
        }
        if (evidence.isEmpty()) {
            throw new InvalidRequestException("file", "required", "at least one file");
        }
        return repair.addEvidence(id, evidence);
    }

    @GetMapping("/api/v1/repair-applications/{id}")
    ApplicationResponse get(@PathVariable String id) {
        if (!id.matches(UUID)) {
            throw new InvalidRequestException("id", "format", "must be a repair application id (a UUID)");
        }
        RepairApplication application = repair.find(id)
                .orElseThrow(() -> new ResourceNotFoundException("No repair application " + id));
        return ApplicationResponse.of(application, repair.evidenceOf(id));
    }

    private ResponseEntity<ApplicationResponse> created(RepairApplication application) {
        return ResponseEntity.created(URI.create("/api/v1/repair-applications/" + application.id()))
                .body(ApplicationResponse.of(application, repair.evidenceOf(application.id())));
    }

    private static String entryId(String id) {
        if (!id.matches(UUID)) {
            throw new InvalidRequestException("id", "format", "must be a list entry id (a UUID)");
        }
        return id;
    }

    /** What staff see of an application; the applicant's contact stays out of the answer. */
    record ApplicationResponse(String id, String listEntryId, String status, String channel, String applicantName,
                               boolean trainingAttended, String commitment, String penaltiesFulfilled,
                               Instant submittedAt, String decidedBy, Instant decidedAt, String decisionReasons,
                               List<RepairApplication.Evidence> evidence) {

        static ApplicationResponse of(RepairApplication a, List<RepairApplication.Evidence> evidence) {
            return new ApplicationResponse(a.id(), a.entryId(), a.status().name(), a.channel().name(),
                    a.applicantName(), a.trainingAttended(), a.commitment(), a.penaltiesFulfilled(), a.submittedAt(),
                    a.decidedBy(), a.decidedAt(), a.decisionReasons(), evidence);
        }
    }
}

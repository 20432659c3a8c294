package cn.gov.baoji.credit.casefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files on a case: PDF, JPEG or PNG, at most 10 MB each, type checked by content. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/evidence")
class EvidenceController {

    private final CaseFile caseFile;
    private final CaseAccessPolicy access;
    private final EvidenceStore store;

    EvidenceController(CaseFile caseFile, CaseAccessPolicy access, EvidenceStore store) {
        this.caseFile = caseFile;
        this.access = access;
        this.store = store;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<EvidenceResponse> upload(@PathVariable String caseNumber,
                                  @RequestParam(name = "file", required = false) List<MultipartFile> files,
                                  Authentication authentication) throws IOException {
        Caller caller = Caller.from(authentication);
        CaseSummary c = CaseController.visibleCase(caseNumber, caller, caseFile, access);
        if (!access.mayAddEvidence(caller, c)) {
            throw new AccessDeniedException("No evidence may be added to this case by you");
        }
        List<EvidenceResponse> stored = new ArrayList<>();
        for (EvidenceFile file : validated(files)) {
            stored.add(store.add(c.caseNumber(), file, caller.userId()));
        }
        return stored;
    }

    @GetMapping
    List<EvidenceResponse> list(@PathVariable String caseNumber, Authentication authentication) {
        CaseSummary c = CaseController.visibleCase(caseNumber, Caller.from(authentication), caseFile, access);
        return store.list(c.caseNumber());
    }

    /** Checks every file before any is stored, so a bad file in a batch stores nothing. */
    private static List<EvidenceFile> validated(List<MultipartFile> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new InvalidRequestException("file", "required", "attach at least one file as part 'file'");
        }
        List<EvidenceFile> offered = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            offered.add(EvidenceFile.of(files.get(i).getOriginalFilename(), i, files.get(i).getBytes()));
        }
        List<FieldProblem> problems = EvidenceFile.problems(offered);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return offered;
    }

}

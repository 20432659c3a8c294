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
import org.springframework.util.StringUtils;
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

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

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
        List<Upload> uploads = validated(files);
        List<EvidenceResponse> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            stored.add(store.add(c.caseNumber(), upload.name(), upload.type(), upload.content(), caller.userId()));
        }
        return stored;
    }

    @GetMapping
    List<EvidenceResponse> list(@PathVariable String caseNumber, Authentication authentication) {
        CaseSummary c = CaseController.visibleCase(caseNumber, Caller.from(authentication), caseFile, access);
        return store.list(c.caseNumber());
    }

    /** Checks every file before any is stored, so a bad file in a batch stores nothing. */
    private static List<Upload> validated(List<MultipartFile> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new InvalidRequestException("file", "required", "attach at least one file as part 'file'");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            String field = "file[" + i + "]";
            byte[] content = file.getBytes();
            var type = EvidenceType.sniff(content);
            if (content.length == 0) {
                problems.add(new FieldProblem(field, "empty", "the file is empty"));
            } else if (content.length > MAX_FILE_BYTES) {
                problems.add(new FieldProblem(field, "size", "a file may have at most 10 MB"));
            } else if (type.isEmpty()) {
                problems.add(new FieldProblem(field, "type", "only PDF, JPEG and PNG files are accepted"));
            } else {
                uploads.add(new Upload(fileName(file, i), type.get(), content));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return uploads;
    }

    private static String fileName(MultipartFile file, int index) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
        name = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\\\/]", "").strip();
        if (name.isEmpty() || name.equals("null")) {
            name = "evidence-" + (index + 1);
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private record Upload(String name, EvidenceType type, byte[] content) {
    }

}

package cn.gov.baoji.credit.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports/targets}: targets designated by the nation or the province, as a JSON array or
 * CSV with a header row, read as a stream; synchronous, answers what became of every row. Sending the same
 * import again is safe (idempotent on the origin's entry id).
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyAuthority('GROUP_credit-office', 'GROUP_camunda-admin', 'GROUP_integrators')")
class TargetImportController {

    static final String TEXT_CSV = "text/csv";

    private final TargetImport imports;
    private final ObjectMapper json;

    TargetImportController(TargetImport imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = "/targets", consumes = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV})
    ImportSummaryResponse importTargets(InputStream body, HttpServletRequest request, Authentication authentication)
            throws IOException {
        TargetReader reader;
        try {
            reader = MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)
                    ? new JsonTargetReader(json.getFactory(), body)
                    : new CsvTargetReader(new BufferedReader(new InputStreamReader(body, charset(request)), 64 * 1024));
        } catch (MalformedImportException e) {
            throw new InvalidRequestException("body", "format", e.getMessage());
        }
        ImportSummary summary = new ImportSummary();
        imports.run(reader, "import:" + Caller.from(authentication).userId(), summary);
        return summary.response();
    }

    private static Charset charset(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Content-Type", "charset", "is not a known charset: " + encoding);
        }
    }
}

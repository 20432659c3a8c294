package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import org.springframework.web.multipart.MultipartFile;

/** The files of the form's evidence input, checked by the case file's rules plus the portal's maximum count. */
final class EvidenceUploads {

    private EvidenceUploads() {
    }

    /** The files chosen; a browser sends one empty part without a name when none was chosen. */
    static List<EvidenceFile> files(List<MultipartFile> uploads) throws IOException {
        List<EvidenceFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
            String name = upload.getOriginalFilename();
            if ((name == null || name.isBlank()) && upload.isEmpty()) {
                continue;
            }
            files.add(EvidenceFile.of(name, files.size(), upload.getBytes()));
        }
        return files;
    }

    /** Every problem, all at the field {@code evidence}, naming the file. */
    static List<FormErrors.Problem> problems(List<EvidenceFile> files) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        if (files.size() > ComplaintFields.MAX_FILES) {
            problems.add(new FormErrors.Problem(ComplaintFields.EVIDENCE,
                    ComplaintFields.message(ComplaintFields.EVIDENCE, "count")));
        }
        for (FieldProblem p : EvidenceFile.problems(files)) {
            int index = Integer.parseInt(p.field().replaceAll("\\D", ""));
            problems.add(new FormErrors.Problem(ComplaintFields.EVIDENCE, "文件“" + files.get(index).name() + "”"
                    + ComplaintFields.message(ComplaintFields.EVIDENCE, p.code())));
        }
        return problems;
    }
}

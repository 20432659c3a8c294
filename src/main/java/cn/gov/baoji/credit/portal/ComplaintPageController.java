package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.RequestConflictException;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import cn.gov.baoji.credit.intake.ComplaintCategory;
import cn.gov.baoji.credit.intake.IntakeService;
import cn.gov.baoji.credit.intake.SubjectType;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code GET /complaints/new} and {@code POST /complaints}: the complaint form. A refused form comes back with
 * every value kept and a message at each bad field; a filed one answers with the receipt (case number and query
 * code, shown once). A filled honeypot gets a receipt too, and nothing is filed. A refused form is an ordinary
 * page (200), not an error status, which browsers would log as a console error.
 */
@Controller
class ComplaintPageController {

    private static final Logger log = LoggerFactory.getLogger(ComplaintPageController.class);
    private static final ZoneId BAOJI = ZoneId.of("Asia/Shanghai");

    private final IntakeService intake;
    private final PortalSubmissions submissions;
    private final RateLimits rateLimits;
    private final DistrictDirectory districts;
    private final Clock clock;

    ComplaintPageController(IntakeService intake, PortalSubmissions submissions, RateLimits rateLimits,
                            DistrictDirectory districts, Clock clock) {
        this.intake = intake;
        this.submissions = submissions;
        this.rateLimits = rateLimits;
        this.districts = districts;
        this.clock = clock;
    }

    @GetMapping("/complaints/new")
    String form(Model model) {
        return form(model, ComplaintForm.empty(newKey()), FormErrors.none(), false);
    }

    @PostMapping("/complaints")
    String submit(ComplaintForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> uploads,
                  HttpServletRequest request, Model model) throws IOException {
        if (form.honeypotFilled()) {
            rateLimits.countComplaint(request);
            log.info("Portal complaint with the honeypot filled: answered like a success, nothing filed");
            return receipt(model, submissions.decoy());
        }
        List<EvidenceFile> files = EvidenceUploads.files(uploads);
        List<FormErrors.Problem> problems = problems(form, files);
        if (!problems.isEmpty()) {
            return form(model, form, errors(problems), !files.isEmpty());
        }
        rateLimits.countComplaint(request);
        try {
            return receipt(model, submissions.file(form.toRequest(), files, form.idempotencyKey()));
        } catch (RequestConflictException keyOfAnotherComplaint) {
            return form(model, form.withSubmissionKey(newKey()), errors(List.of(new FormErrors.Problem(
                    FormErrors.FORM, "这份表单已经提交过一份不同的投诉。如确需再次投诉，请核对内容后重新提交。"))),
                    !files.isEmpty());
        } catch (InvalidRequestException changedMeanwhile) { // e.g. a date that became "future" at midnight
            return form(model, form, errors(translated(changedMeanwhile.problems())), !files.isEmpty());
        }
    }

    private List<FormErrors.Problem> problems(ComplaintForm form, List<EvidenceFile> files) {
        List<FieldProblem> found = new ArrayList<>(form.dateProblems());
        try {
            intake.check(form.toRequest());
        } catch (InvalidRequestException e) {
            found.addAll(e.problems());
        }
        List<FormErrors.Problem> problems = translated(found);
        problems.addAll(EvidenceUploads.problems(files));
        return problems;
    }

    private static List<FormErrors.Problem> translated(List<FieldProblem> found) {
        List<FormErrors.Problem> problems = new ArrayList<>();
        for (FieldProblem p : found) {
            String field = ComplaintFields.fieldOf(p.field());
            problems.add(field == null ? new FormErrors.Problem(FormErrors.FORM, "投诉信息不完整，请检查后重新提交")
                    : new FormErrors.Problem(field, ComplaintFields.message(field, p.code())));
        }
        return problems;
    }

    private String form(Model model, ComplaintForm form, FormErrors errors, boolean filesDropped) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("filesDropped", filesDropped && errors.any());
        model.addAttribute("counties", districts.counties());
        model.addAttribute("outsideBaoji", ComplaintForm.OUTSIDE_BAOJI);
        model.addAttribute("subjectTypes", SubjectType.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(BAOJI)).toString());
        model.addAttribute("maxFiles", ComplaintFields.MAX_FILES);
        return "portal/complaint-form";
    }

    private static String receipt(Model model, PortalSubmissions.Receipt receipt) {
        model.addAttribute("receipt", receipt);
        return "portal/receipt";
    }

    private static FormErrors errors(List<FormErrors.Problem> problems) {
        return FormErrors.of(problems, ComplaintFields.ORDER, ComplaintFields::label);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}

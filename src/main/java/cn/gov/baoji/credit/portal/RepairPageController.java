package cn.gov.baoji.credit.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.credit.api.FieldProblem;
import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.StateConflictException;
import cn.gov.baoji.credit.casefile.EvidenceFile;
import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.registry.ListEntry;
import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.repair.CreditRepair;
import cn.gov.baoji.credit.repair.RepairApplication;
import cn.gov.baoji.credit.repair.RepairRequest;
import cn.gov.baoji.credit.shared.PersonNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * 信用修复申请: the public page on which a listed subject applies for credit repair, with the same checks as the
 * API ({@link CreditRepair#apply}); refused input comes back with every value kept and a message by each field.
 */
@Controller
class RepairPageController {

    static final List<String> ORDER = List.of(FormErrors.FORM, "subjectIdentifier", "applicantName", "contactPhone",
            "contactEmail", "commitment", "penaltiesFulfilled", "trainingAttended", "evidence");
    private static final Map<String, String> LABELS = Map.of("subjectIdentifier", "统一社会信用代码或身份证号",
            "applicantName", "申请人", "contactPhone", "联系电话", "contactEmail", "电子邮箱", "commitment", "信用承诺",
            "penaltiesFulfilled", "履行处罚及整改情况", "trainingAttended", "信用培训", "evidence", "证明材料");

    private final ListRegistry registry;
    private final CreditRepair repair;
    private final Validator validator;
    private final RateLimits rateLimits;

    RepairPageController(ListRegistry registry, CreditRepair repair, Validator validator, RateLimits rateLimits) {
        this.registry = registry;
        this.repair = repair;
        this.validator = validator;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/lists/{entryId}/repair")
    String form(@PathVariable String entryId, Model model) {
        return form(model, entry(entryId), RepairForm.empty(), FormErrors.none(), false);
    }

    @PostMapping("/lists/{entryId}/repair")
    String submit(@PathVariable String entryId, RepairForm form,
                  @RequestParam(name = "evidence", required = false) List<MultipartFile> uploads,
                  HttpServletRequest request, Model model) throws IOException {
        ListEntry entry = entry(entryId);
        if (form.honeypotFilled()) {
            rateLimits.countComplaint(request);
            return "redirect:/lists/" + entryId;
        }
        List<EvidenceFile> files = EvidenceUploads.files(uploads);
        List<FormErrors.Problem> problems = new ArrayList<>();
        for (ConstraintViolation<RepairRequest> violation : validator.validate(form.toRequest())) {
            String field = violation.getPropertyPath().toString();
            problems.add(field.equals("contactGiven")
                    ? new FormErrors.Problem("contactPhone", "联系电话和电子邮箱至少填写一项，用于告知您审查结果")
                    : new FormErrors.Problem(field, message(field)));
        }
        problems.addAll(EvidenceUploads.problems(files));
        if (!problems.isEmpty()) {
            return form(model, entry, form, FormErrors.of(problems, ORDER, LABELS::get), !files.isEmpty());
        }
        rateLimits.countComplaint(request);
        try {
            RepairApplication application = repair.apply(entryId, form.toRequest(), files,
                    RepairApplication.Channel.PORTAL, "portal");
            model.addAttribute("applicationId", application.id());
            model.addAttribute("listName", listName(entry));
            return "portal/repair-receipt";
        } catch (InvalidRequestException e) {
            List<FormErrors.Problem> refused = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                refused.add(p.field().equals("subjectIdentifier")
                        ? new FormErrors.Problem("subjectIdentifier", "与该名单主体的代码或证件号不一致，请核对")
                        : new FormErrors.Problem("evidence", "证明材料无法接收，请上传 PDF、JPG 或 PNG 文件"));
            }
            return form(model, entry, form, FormErrors.of(refused, ORDER, LABELS::get), !files.isEmpty());
        } catch (StateConflictException e) {
            return form(model, entry, form, FormErrors.of(List.of(new FormErrors.Problem(FormErrors.FORM,
                    conflict(e))), ORDER, LABELS::get), !files.isEmpty());
        }
    }

    private String form(Model model, ListEntry entry, RepairForm form, FormErrors errors, boolean filesDropped) {
        model.addAttribute("entryId", entry.id());
        model.addAttribute("subjectName", "NATURAL_PERSON".equals(entry.subject().type())
                ? PersonNames.mask(entry.subject().name()) : entry.subject().name());
        model.addAttribute("listName", listName(entry));
        model.addAttribute("repairEligibleFrom", entry.repairEligibleFrom().toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("filesDropped", filesDropped && errors.any());
        model.addAttribute("maxFiles", CreditRepair.MAX_EVIDENCE_FILES);
        return "portal/repair-form";
    }

    /** Only a listed entry may be applied for; anything else is "not found", as on the list pages. */
    private ListEntry entry(String entryId) {
        return (entryId.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
                ? registry.find(entryId) : java.util.Optional.<ListEntry>empty())
                .filter(e -> e.status().listed())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该名单信息，或已移出名单。"));
    }

    private static String listName(ListEntry entry) {
        return ListType.valueOf(entry.listType()).chineseName();
    }

    private static String message(String field) {
        return switch (field) {
            case "subjectIdentifier" -> "请填写名单主体的统一社会信用代码或身份证号";
            case "applicantName" -> "请填写申请人姓名或单位名称（不超过100字）";
            case "contactPhone" -> "请填写正确的电话号码，例如 13912345678";
            case "contactEmail" -> "请填写正确的电子邮箱";
            case "commitment" -> "请填写信用承诺（20至4000字）";
            case "penaltiesFulfilled" -> "请说明履行处罚和整改的情况（10至4000字）";
            case "trainingAttended" -> "请选择是否参加了信用修复培训";
            default -> "请检查此项";
        };
    }

    private static String conflict(StateConflictException e) {
        // the service's messages are "中文 / English": the page shows the Chinese half
        return CreditRepair.ALREADY_OPEN.equals(e.problemType())
                ? "该名单已有一份信用修复申请正在审查，请等待审查结果。" : e.getMessage().split(" / ")[0] + "。";
    }
}

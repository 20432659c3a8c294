package cn.gov.baoji.credit.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /status} and {@code POST /status}: the stage of a complaint for its case number and query code.
 * An unknown case and a wrong code get the same answer; every query counts against the address's limit. Every
 * answer is an ordinary page (200): "not found" is a result of the search, not an error of the page.
 */
@Controller
class StatusPageController {

    private static final List<String> ORDER = List.of("caseNumber", "queryCode");
    private static final Map<String, String> LABELS = Map.of("caseNumber", "投诉编号", "queryCode", "查询码");
    private static final int MAX_INPUT = 40;

    private final PortalSubmissions submissions;
    private final RateLimits rateLimits;

    StatusPageController(PortalSubmissions submissions, RateLimits rateLimits) {
        this.submissions = submissions;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/status")
    String form(Model model) {
        return form(model, "", FormErrors.none(), false);
    }

    @PostMapping("/status")
    String query(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String queryCode,
                 HttpServletRequest request, Model model) {
        rateLimits.countStatusQuery(request);
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        String code = QueryCodes.normalise(queryCode);
        List<FormErrors.Problem> problems = new ArrayList<>();
        if (number.isEmpty()) {
            problems.add(new FormErrors.Problem("caseNumber", "请填写投诉编号"));
        }
        if (code.isEmpty()) {
            problems.add(new FormErrors.Problem("queryCode", "请填写查询码"));
        }
        if (!problems.isEmpty()) {
            return form(model, number, FormErrors.of(problems, ORDER, LABELS::get), false);
        }
        Optional<PortalSubmissions.PublicStatus> status = number.length() > MAX_INPUT || code.length() > MAX_INPUT
                ? Optional.empty() : submissions.status(number, code);
        if (status.isEmpty()) {
            return form(model, number, FormErrors.none(), true);
        }
        model.addAttribute("status", status.get());
        return "portal/status-result";
    }

    private static String form(Model model, String caseNumber, FormErrors errors, boolean notFound) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("errors", errors);
        model.addAttribute("notFound", notFound);
        return "portal/status";
    }
}

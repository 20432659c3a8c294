package cn.gov.baoji.credit.casefile;

import java.util.List;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.engine.CaseWorkflow;
import cn.gov.baoji.credit.security.Caller;
import cn.gov.baoji.credit.shared.CaseNumber;
import cn.gov.baoji.credit.shared.PageTotal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseFile caseFile;
    private final CaseAccessPolicy access;
    private final CaseWorkflow workflow;
    private final EvidenceStore evidence;

    CaseController(CaseFile caseFile, CaseAccessPolicy access, CaseWorkflow workflow, EvidenceStore evidence) {
        this.caseFile = caseFile;
        this.access = access;
        this.workflow = workflow;
        this.evidence = evidence;
    }

    /**
     * The cases the caller may see (the same rule as for one case), newest first, with filters. The total is exact
     * up to {@link PageTotal#CAP}; a page beyond that many cases is refused: narrow the search instead.
     */
    @GetMapping
    CasePageResponse search(@RequestParam(required = false) String status,
                            @RequestParam(required = false) String stage,
                            @RequestParam(required = false) String county,
                            @RequestParam(required = false) String channel,
                            @RequestParam(required = false) String listType,
                            @RequestParam(required = false) String subject,
                            @RequestParam(required = false) String receivedFrom,
                            @RequestParam(required = false) String receivedTo,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size,
                            @RequestParam(defaultValue = "-receivedAt") String sort,
                            Authentication authentication) {
        CaseQuery query = new CaseSearchRequest(status, stage, county, channel, listType, subject, receivedFrom,
                receivedTo, page, size, sort).toQuery();
        CasePage found = caseFile.search(query, access.visibility(Caller.from(authentication)));
        return new CasePageResponse(found.cases().stream().map(CasePageResponse.Item::of).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GetMapping("/{caseNumber}")
    CaseResponse get(@PathVariable String caseNumber, Authentication authentication) {
        CaseSummary c = visibleCase(caseNumber, Caller.from(authentication), caseFile, access);
        List<CaseResponse.Entry> timeline = caseFile.timeline(c.caseNumber()).stream()
                .map(e -> new CaseResponse.Entry(e.occurredAt(), e.kind().name(), e.actor(), e.summary(), e.details()))
                .toList();
        List<CaseResponse.Entry> decisions = timeline.stream()
                .filter(e -> CaseEventKind.valueOf(e.kind()).decision())
                .toList();
        List<CaseResponse.Task> tasks = c.processInstanceId() == null || c.stage().closed() ? List.of()
                : workflow.openTasks(c.processInstanceId()).stream()
                        .map(t -> new CaseResponse.Task(t.taskKey(), t.name(), t.candidateGroups(), t.assignee(),
                                t.created(), t.due()))
                        .toList();
        return new CaseResponse(c.caseNumber(), c.stage().closed() ? "CLOSED" : "OPEN", c.stage(), c.channel(),
                c.category(), c.countyCode(),
                CaseResponse.Subject.of(c),
                c.registrationStatus(), c.listType(), c.receivedAt(), c.updatedAt(), tasks, decisions, timeline,
                evidence.list(c.caseNumber()),
                c.handlingDueOn() == null ? null : new CaseResponse.HandlingClock(c.handlingDueOn(), c.clockPausedOn()));
    }

    /** The case if it exists and the caller may see it; otherwise the same 404 either way. */
    static CaseSummary visibleCase(String caseNumber, Caller caller, CaseFile caseFile, CaseAccessPolicy access) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new InvalidRequestException("caseNumber", "format", "must look like BJDS-2026-000123");
        }
        return caseFile.find(caseNumber)
                .filter(c -> access.maySee(caller, c))
                .orElseThrow(() -> new ResourceNotFoundException("No case " + caseNumber + " that you may see."));
    }
}

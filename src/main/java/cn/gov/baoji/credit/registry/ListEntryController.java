package cn.gov.baoji.credit.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.baoji.credit.api.InvalidRequestException;
import cn.gov.baoji.credit.api.ResourceNotFoundException;
import cn.gov.baoji.credit.designation.ListType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry for the working group: every entry with full identifiers (agencies are entitled to them), its
 * history, and a search. The public pages show a masked selection of the same data elsewhere.
 */
@RestController
@RequestMapping("/api/v1/list-entries")
@PreAuthorize("hasAnyAuthority('GROUP_drc', 'GROUP_credit-office', 'GROUP_supervisors', 'GROUP_camunda-admin',"
        + " 'GROUP_commerce', 'GROUP_cyberspace', 'GROUP_informatization', 'GROUP_market-regulation',"
        + " 'GROUP_quality-supervision', 'GROUP_industry-it', 'GROUP_public-security', 'GROUP_customs',"
        + " 'GROUP_ecommerce-association', 'GROUP_integrators') or @registryAccess.isCounty(authentication)")
class ListEntryController {

    private final ListRegistry registry;

    ListEntryController(ListRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    EntryPageResponse search(@RequestParam(required = false) String listType,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) @Size(max = 6) String county,
                             @RequestParam(required = false) @Size(max = 100) String subject,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(EntryQuery.MAX_SIZE) int size,
                             @RequestParam(defaultValue = "-decisionDate") String sort) {
        String sortKey = sort.startsWith("-") ? sort.substring(1) : sort;
        if (!EntryQuery.SORTS.contains(sortKey)) {
            throw new InvalidRequestException("sort", "enum", "must be one of " + EntryQuery.SORTS
                    + ", optionally prefixed with '-' for descending");
        }
        EntryPage found = registry.search(new EntryQuery(listType(listType), status(status), blankToNull(county),
                blankToNull(subject), page, size, sort));
        return new EntryPageResponse(found.entries().stream().map(EntryResponse::of).toList(), found.page(),
                found.size(), found.total(), found.totalExact());
    }

    @GetMapping("/{id}")
    EntryDetailResponse get(@PathVariable String id) {
        if (!id.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")) {
            throw new InvalidRequestException("id", "format", "must be a list entry id (a UUID)");
        }
        ListEntry entry = registry.find(id).orElseThrow(() -> new ResourceNotFoundException("No list entry " + id));
        return new EntryDetailResponse(EntryResponse.of(entry), registry.history(id).stream()
                .map(c -> new ChangeResponse(c.occurredAt(), c.kind().name(), c.statusAfter().name(), c.actor(),
                        c.reason(), c.details()))
                .toList());
    }

    private static String listType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            ListType type = ListType.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (type.listed()) {
                return type.name();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidRequestException("listType", "enum", "must be one of CHAOXIN_BLACKLIST, ECOMMERCE_BLACKLIST, KEY_ATTENTION");
    }

    private static EntryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "enum", "must be one of ACTIVE, DISPUTED, EXPIRED, REMOVED");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record EntryPageResponse(List<EntryResponse> entries, int page, int size, long total, boolean totalExact) {
    }

    record EntryResponse(String id, String listType, String status, String source, Subject subject,
                         String countyCode, String designatingAuthority, String basis, LocalDate decisionDate,
                         LocalDate validFrom, LocalDate validUntil, LocalDate repairEligibleFrom,
                         String ruleVersion, String caseNumber, String originEntryId, Instant updatedAt) {

        static EntryResponse of(ListEntry e) {
            ListedSubject s = e.subject();
            return new EntryResponse(e.id(), e.listType(), e.status().name(), e.source().name(),
                    new Subject(s.type(), s.name(), s.creditCode(), s.idNumber(), s.legalRepresentative()),
                    e.countyCode(), e.designatingAuthority(), e.basis(), e.decisionDate(), e.validFrom(),
                    e.validUntil(), e.repairEligibleFrom(), e.ruleVersion(), e.caseNumber(), e.originEntryId(),
                    e.updatedAt());
        }
    }

    record Subject(String type, String name, String creditCode, String idNumber, String legalRepresentative) {
    }

    record EntryDetailResponse(EntryResponse entry, List<ChangeResponse> history) {
    }

    record ChangeResponse(Instant occurredAt, String change, String statusAfter, String actor, String reason,
                          Map<String, Object> details) {
    }
}

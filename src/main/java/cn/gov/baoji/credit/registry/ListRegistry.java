package cn.gov.baoji.credit.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.feedback.NationalFeedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of the lists goes through here: the entry, its history line and the report to the national
 * platform are written in the caller's transaction, so none of them exists without the others.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ListRegistry {

    private static final Logger log = LoggerFactory.getLogger(ListRegistry.class);

    private final ListEntryRepository repository;
    private final NationalFeedback feedback;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListRegistry(ListEntryRepository repository, NationalFeedback feedback, ApplicationEventPublisher events,
                 Clock clock) {
        this.repository = repository;
        this.feedback = feedback;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enters a designation. A subject already listed on the same list is not listed twice: the older entry is
     * superseded, and the new one runs at least as long as the old one would have, so that a second
     * designation can never shorten a listing.
     */
    public ListEntry list(NewListing listing, String actor) {
        Instant now = clock.instant();
        LocalDate validUntil = listing.validUntil();
        LocalDate repairEligibleFrom = listing.repairEligibleFrom();
        String id = UUID.randomUUID().toString();
        Optional<ListEntry> listed = repository.findListed(listing.subject().key(), listing.listType());
        if (listed.isPresent()) {
            ListEntry older = listed.get();
            validUntil = later(validUntil, older.validUntil());
            repairEligibleFrom = later(repairEligibleFrom, older.repairEligibleFrom());
            change(older, older.with(EntryStatus.REMOVED), ChangeKind.SUPERSEDED, actor,
                    "被新的认定取代 / superseded by entry " + id
                            + (listing.caseNumber() == null ? "" : " (case " + listing.caseNumber() + ")"),
                    Map.of("supersededBy", id), now);
        }
        ListEntry entry = new ListEntry(id, listing.listType(), EntryStatus.ACTIVE, listing.source(),
                listing.subject(), listing.countyCode(), listing.designatingAuthority(), listing.basis(),
                listing.decisionDate(), listing.decisionDate(), validUntil, repairEligibleFrom,
                listing.ruleVersion(), listing.caseNumber(), listing.originEntryId(), 0, now, now);
        repository.insert(entry);
        Map<String, Object> details = new HashMap<>();
        details.put("validUntil", validUntil.toString());
        listed.ifPresent(older -> details.put("supersedes", older.id()));
        record(entry, ChangeKind.LISTED, actor, "列入" + entry.listType() + " / listed: " + entry.basis(), details, now);
        log.info("Listed {} on {} until {} (entry {}, case {})", entry.subject(), entry.listType(), validUntil, id,
                entry.caseNumber());
        return entry;
    }

    /** The subject objected: the entry stays listed but is marked DISPUTED until the review decides. */
    public ListEntry dispute(String entryId, String actor, String reason) {
        ListEntry entry = require(entryId);
        if (entry.status() != EntryStatus.ACTIVE) {
            throw new EntryConflictException("Entry " + entryId + " is " + entry.status()
                    + (entry.status() == EntryStatus.DISPUTED ? ": an objection is already under review"
                            : ": only an active entry can be objected to"));
        }
        return change(entry, entry.with(EntryStatus.DISPUTED), ChangeKind.DISPUTED, actor, reason, Map.of(),
                clock.instant());
    }

    /** The objection was rejected. */
    public ListEntry uphold(String entryId, String actor, String reason) {
        ListEntry entry = requireDisputed(entryId);
        return change(entry, entry.with(EntryStatus.ACTIVE), ChangeKind.UPHELD, actor, reason, Map.of(),
                clock.instant());
    }

    /** The objection led to a correction; the entry is listed again as corrected. */
    public ListEntry correct(String entryId, EntryCorrection correction, String actor, String reason) {
        ListEntry entry = requireDisputed(entryId);
        Map<String, Object> details = new HashMap<>();
        String listType = pick(correction.listType(), entry.listType(), "listType", details);
        String basis = pick(correction.basis(), entry.basis(), "basis", details);
        String legalRepresentative = pick(correction.legalRepresentative(), entry.subject().legalRepresentative(),
                "legalRepresentative", details);
        ListedSubject s = entry.subject();
        ListEntry corrected = new ListEntry(entry.id(), listType, EntryStatus.ACTIVE, entry.source(),
                new ListedSubject(s.type(), s.name(), s.creditCode(), s.idNumber(), legalRepresentative),
                entry.countyCode(), entry.designatingAuthority(), basis, entry.decisionDate(), entry.validFrom(),
                entry.validUntil(), entry.repairEligibleFrom(), entry.ruleVersion(), entry.caseNumber(),
                entry.originEntryId(), entry.version(), entry.createdAt(), entry.updatedAt());
        if (!listType.equals(entry.listType()) && repository.findListed(s.key(), listType).isPresent()) {
            throw new EntryConflictException("The subject is already listed on " + listType);
        }
        return change(entry, corrected, ChangeKind.CORRECTED, actor, reason, details, clock.instant());
    }

    /** Takes a listed entry off its list before its time. */
    public ListEntry remove(String entryId, String actor, String reason) {
        ListEntry entry = require(entryId);
        if (!entry.status().listed()) {
            throw new EntryConflictException("Entry " + entryId + " is already " + entry.status());
        }
        return change(entry, entry.with(EntryStatus.REMOVED), ChangeKind.REMOVED, actor, reason, Map.of(),
                clock.instant());
    }

    /**
     * Takes an entry off its list early after credit repair. Only an ACTIVE entry may be repaired (one under
     * objection waits for the objection's answer), and not before its earliest repair date.
     */
    public ListEntry repair(String entryId, LocalDate today, String actor, String reason) {
        ListEntry entry = require(entryId);
        if (entry.status() != EntryStatus.ACTIVE) {
            throw new EntryConflictException("Entry " + entryId + " is " + entry.status() + ": only an active entry"
                    + " can be repaired");
        }
        if (today.isBefore(entry.repairEligibleFrom())) {
            throw new EntryConflictException("Entry " + entryId + " may be repaired from " + entry.repairEligibleFrom());
        }
        return change(entry, entry.with(EntryStatus.REMOVED), ChangeKind.REPAIRED, actor, reason, Map.of(),
                clock.instant());
    }

    /**
     * Expires one entry whose validity has ended; false when it is not (or no longer) due, e.g. because another
     * node expired it first.
     */
    public boolean expireIfDue(String entryId, LocalDate today) {
        ListEntry entry = require(entryId);
        if (!entry.status().listed() || !entry.validUntil().isBefore(today)) {
            return false;
        }
        change(entry, entry.with(EntryStatus.EXPIRED), ChangeKind.EXPIRED, "system",
                "有效期届满 / validity ended on " + entry.validUntil(), Map.of(), clock.instant());
        return true;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<String> dueForExpiry(LocalDate today, int limit) {
        return repository.dueForExpiry(today, limit);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ListEntry> find(String entryId) {
        return repository.find(entryId);
    }

    /** The entries a case produced, newest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ListEntry> ofCase(String caseNumber) {
        return repository.findByCase(caseNumber);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<EntryChange> history(String entryId) {
        return repository.history(entryId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public EntryPage search(EntryQuery query) {
        return repository.search(query);
    }

    /** Entries changed in (from, to], oldest change first; every entry when {@code from} is null. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ListEntry> changedBetween(Instant from, Instant to) {
        return repository.changedBetween(from, to);
    }

    /** Entries decided in [from, to], by list type and county (the punishment-effect statistics). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ListingCount> countListings(LocalDate from, LocalDate to) {
        return repository.countListings(from, to);
    }

    // ------------------------------------------------------------------ imported targets (issue 5 §2)

    /** The newest entry imported from this origin entry (NATIONAL or PROVINCIAL), whatever its status. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ListEntry> findByOrigin(EntrySource source, String originEntryId) {
        return repository.findByOrigin(source, originEntryId);
    }

    /** Whether the origin now states anything of the entry otherwise than the registry holds it. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean differsFromOrigin(ListEntry entry, NewListing origin) {
        return !entry.subject().key().equals(origin.subject().key())
                || !OriginChanges.between(entry, origin).isEmpty();
    }

    /**
     * The origin changed an imported entry that is still listed: its content is taken over as the origin now
     * states it (even a shorter validity: the origin decides), recorded as CORRECTED with each changed field in
     * the details. Nothing is written when nothing differs; the entry is returned as it is (same version).
     *
     * @throws EntryConflictException when the entry is not listed, or the subject is another one
     */
    public ListEntry updateFromOrigin(String entryId, NewListing origin, String actor, String reason) {
        ListEntry entry = require(entryId);
        if (!entry.status().listed() || !entry.subject().key().equals(origin.subject().key())) {
            throw new EntryConflictException("Entry " + entryId + " is " + entry.status()
                    + " or of another subject: the origin's change cannot be applied to it");
        }
        Map<String, Object> details = OriginChanges.between(entry, origin);
        if (details.isEmpty()) {
            return entry;
        }
        details.put("originEntryId", String.valueOf(origin.originEntryId()));
        ListedSubject s = origin.subject();
        ListEntry updated = new ListEntry(entry.id(), origin.listType(), entry.status(), entry.source(),
                new ListedSubject(entry.subject().type(), s.name(), entry.subject().creditCode(),
                        entry.subject().idNumber(), s.legalRepresentative()),
                origin.countyCode(), origin.designatingAuthority(), origin.basis(), origin.decisionDate(),
                origin.decisionDate(), origin.validUntil(), origin.repairEligibleFrom(), entry.ruleVersion(),
                entry.caseNumber(), entry.originEntryId(), entry.version(), entry.createdAt(), entry.updatedAt());
        if (!repository.updateFromOrigin(updated, clock.instant())) {
            throw new EntryConflictException("Entry " + entryId + " was changed concurrently; try again");
        }
        ListEntry stored = repository.find(entryId).orElseThrow();
        record(stored, ChangeKind.CORRECTED, actor, reason, details, clock.instant());
        return stored;
    }

    private ListEntry change(ListEntry before, ListEntry after, ChangeKind kind, String actor, String reason,
                             Map<String, Object> details, Instant now) {
        if (!repository.update(after, now)) {
            throw new EntryConflictException("Entry " + before.id() + " was changed concurrently; try again");
        }
        ListEntry stored = repository.find(before.id()).orElseThrow();
        record(stored, kind, actor, reason, details, now);
        return stored;
    }

    private void record(ListEntry entry, ChangeKind kind, String actor, String reason, Map<String, Object> details,
                        Instant now) {
        repository.insertChange(entry.id(), new EntryChange(now, kind, entry.status(), actor, reason, details));
        FeedbackKind feedbackKind = switch (kind) {
            case LISTED -> FeedbackKind.ENTRY_LISTED;
            case SUPERSEDED, REMOVED, REPAIRED, EXPIRED -> FeedbackKind.ENTRY_REMOVED;
            case DISPUTED, UPHELD, CORRECTED -> FeedbackKind.ENTRY_CHANGED;
        };
        feedback.report(feedbackKind, "entry:" + entry.id() + ":" + entry.version() + ":" + kind, entry.caseNumber(),
                entry.id(), EntryReport.of(entry, kind, reason, now));
        events.publishEvent(new EntryChanged(entry.id(), entry.status(), kind, entry.source(), reason));
    }

    private ListEntry require(String entryId) {
        return repository.find(entryId)
                .orElseThrow(() -> new EntryNotFoundException("No list entry " + entryId));
    }

    private ListEntry requireDisputed(String entryId) {
        ListEntry entry = require(entryId);
        if (entry.status() != EntryStatus.DISPUTED) {
            throw new EntryConflictException("Entry " + entryId + " is " + entry.status() + ", not under objection");
        }
        return entry;
    }

    private static String pick(String corrected, String current, String field, Map<String, Object> details) {
        if (corrected == null || corrected.isBlank() || corrected.strip().equals(current)) {
            return current;
        }
        details.put(field, Map.of("from", String.valueOf(current), "to", corrected.strip()));
        return corrected.strip();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

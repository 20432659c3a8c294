package cn.gov.baoji.credit.alliance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of the alliance feed, as every member may see it: a natural person only by masked name and masked ID
 * number; never the reporting members, their figures, the case or the reporter.
 *
 * @param kind             {@code SUBJECT_VERIFIED} (reported by the alliance, under investigation, not a finding)
 *                         or {@code LIST_ENTRY} (the state of a list entry after a change)
 * @param reportingMembers for a verified subject: how many members reported it
 */
record FeedItem(long sequence, String kind, Instant occurredAt, String subjectType, String subjectName,
                String creditCode, String idNumberMasked, String listType, String entryStatus, LocalDate validFrom,
                LocalDate validUntil, Integer reportingMembers) {

    static final String SUBJECT_VERIFIED = "SUBJECT_VERIFIED";
    static final String LIST_ENTRY = "LIST_ENTRY";
}

package cn.gov.baoji.credit.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine-readable copies of the published lists, no login: JSON and CSV of every entry on a list now, and an
 * Atom feed of the latest publications and withdrawals. Only the published (masked) copy is read.
 */
@RestController
@RequestMapping("/lists")
class PublicFeedsController {

    static final int FEED_SIZE = 100;
    static final int MAX_ENTRIES = 100_000;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final PublicListing listing;

    PublicFeedsController(PublicListing listing) {
        this.listing = listing;
    }

    @GetMapping(value = "/feed.json", produces = MediaType.APPLICATION_JSON_VALUE)
    FeedDocument json() {
        List<PublicEntry> entries = current();
        return new FeedDocument(Instant.now(), entries.size(), entries);
    }

    @GetMapping(value = "/feed.csv")
    ResponseEntity<String> csv() {
        String header = "entryId,listType,subjectType,subjectName,idNumber,creditCode,legalRepresentative,countyCode,"
                + "designatingAuthority,basis,decisionDate,validFrom,validUntil";
        String rows = current().stream().map(e -> Stream.of(e.entryId(), e.listType(), e.subjectType(),
                        e.subjectName(), e.idNumberMasked(), e.creditCode(), e.legalRepresentative(), e.countyCode(),
                        e.designatingAuthority(), e.basis(), String.valueOf(e.decisionDate()),
                        String.valueOf(e.validFrom()), String.valueOf(e.validUntil()))
                .map(PublicFeedsController::csvField).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        // a byte-order mark so that spreadsheet programs read the Chinese text as UTF-8
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"credit-baoji-lists.csv\"")
                .body("\uFEFF" + header + "\r\n" + rows + (rows.isEmpty() ? "" : "\r\n"));
    }

    @GetMapping(value = "/feed.atom")
    ResponseEntity<String> atom() {
        List<PublicListing.Published> changes = listing.latestChanges(FEED_SIZE);
        Instant updated = changes.stream().map(PublicListing.Published::changedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>urn:baoji-credit:lists</id>\n")
                .append("  <title>信用宝鸡 · 电子商务领域失信名单公示</title>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"/lists/feed.atom\"/>\n")
                .append("  <author><name>宝鸡市信用办</name></author>\n");
        for (PublicListing.Published p : changes) {
            PublicEntry e = p.entry();
            boolean withdrawn = p.withdrawnAt() != null;
            xml.append("  <entry>\n")
                    .append("    <id>urn:baoji-credit:list-entry:").append(e.entryId())
                    .append(withdrawn ? ":withdrawn" : "").append("</id>\n")
                    .append("    <title>").append(escape((withdrawn ? "撤销公示：" : "") + e.subjectName() + "（"
                            + ListNames.of(e.listType()) + "）")).append("</title>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(p.changedAt()))
                    .append("</updated>\n")
                    .append("    <link href=\"/lists/").append(e.entryId()).append("\"/>\n")
                    .append("    <summary>").append(escape(summary(e, withdrawn))).append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private List<PublicEntry> current() {
        return listing.search(null, null, null, 0, MAX_ENTRIES).entries().stream()
                .map(PublicListing.Published::entry).toList();
    }

    private static String summary(PublicEntry e, boolean withdrawn) {
        String who = e.creditCode() != null ? "统一社会信用代码 " + e.creditCode()
                : e.idNumberMasked() != null ? "身份证号 " + e.idNumberMasked() : "";
        return (withdrawn ? "已撤销公示。" : "") + who + "；" + e.designatingAuthority() + "于" + e.decisionDate()
                + "认定，有效期至" + e.validUntil() + "。";
    }

    static String csvField(String value) {
        if (value == null || "null".equals(value)) {
            return "";
        }
        // a leading =, +, - or @ would be a formula in a spreadsheet
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The JSON feed: when it was made and every entry on a list now. */
    record FeedDocument(Instant generatedAt, int count, List<PublicEntry> entries) {
    }
}

package cn.gov.baoji.credit.casefile;

import java.time.Instant;

/** A piece of evidence on a case: what it is and its SHA-256, never its content. */
public record EvidenceResponse(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                        String uploadedBy, Instant uploadedAt) {
}

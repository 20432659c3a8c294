package cn.gov.baoji.credit.repair;

import java.time.Instant;

/** A stored application for credit repair. */
public record RepairApplication(String id, String entryId, Status status, Channel channel, String applicantName,
                                String contactPhone, String contactEmail, String commitment, String penaltiesFulfilled,
                                boolean trainingAttended, String submittedBy, Instant submittedAt, String decidedBy,
                                Instant decidedAt, String decisionReasons) {

    public enum Status { OPEN, REPAIRED, REFUSED }

    /** How it came in: an integrator or staff over the API, or the subject on the public page. */
    public enum Channel { API, PORTAL }

    /** A file offered with the application. */
    public record Evidence(String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    @Override
    public String toString() {
        return "RepairApplication[" + id + " for entry " + entryId + ", " + status + "]";
    }
}

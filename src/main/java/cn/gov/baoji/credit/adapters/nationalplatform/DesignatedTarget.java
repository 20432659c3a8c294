package cn.gov.baoji.credit.adapters.nationalplatform;

/**
 * A chaoxin target as the national platform designates it (or relays it from a province), in our vocabulary
 * but not yet validated: the import checks every field as it checks an uploaded row. Dates are ISO-8601
 * strings as the platform sent them; absent values are null.
 *
 * @param originEntryId the platform's id of its entry, stable across changes
 * @param source        NATIONAL or PROVINCIAL (who designated)
 * @param withdrawn     the origin withdrew the entry: ours is removed
 */
public record DesignatedTarget(String originEntryId, String source, String listType, String subjectType,
                               String name, String creditCode, String idNumber, String legalRepresentative,
                               String designatingAuthority, String basis, String decisionDate, String validUntil,
                               boolean withdrawn, String withdrawalReason) {

    @Override
    public String toString() {
        // names and ID numbers of natural persons never go to a log line
        return "DesignatedTarget[" + source + " " + originEntryId + (withdrawn ? ", withdrawn" : "") + "]";
    }
}

package cn.gov.baoji.credit.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An industry association or chamber of commerce proposes that the county designate a subject, by the same
 * criteria as an investigation finds (decision {@code designationCriteria}); the case skips triage and the
 * investigation and goes to the county's designation with the proposal shown.
 *
 * @param association who proposes and how to reach them ({@code organization}: the association's name)
 * @param grounds     the facts the association found, as the county will read them
 */
public record DesignationProposalRequest(
        @Size(max = 64) String externalReference,
        @NotNull @Valid SubmitComplaintRequest.Reporter association,
        @NotNull @Valid SubmitComplaintRequest.Subject subject,
        @NotNull ComplaintCategory category,
        @NotBlank @Size(min = 10, max = 5000) String grounds,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        @NotNull @Pattern(regexp = "^(CHAOXIN_BLACKLIST|ECOMMERCE_BLACKLIST|KEY_ATTENTION)$",
                message = "must be CHAOXIN_BLACKLIST, ECOMMERCE_BLACKLIST or KEY_ATTENTION") String proposedListType,
        @NotNull @Min(0) Long fakeTransactionCount,
        @NotNull @DecimalMin("0.0") Double amountInvolved,
        @NotNull Boolean repeatOffence,
        @NotNull Boolean organizedPlatform) {

    /** The proposal as the complaint it also is: channel ASSOCIATION, the grounds as its description. */
    SubmitComplaintRequest asComplaint() {
        return new SubmitComplaintRequest(ComplaintChannel.ASSOCIATION, externalReference, association, subject,
                category, grounds, occurredFrom, occurredTo);
    }

    /** What makes two proposals with the same complaint part different, for the idempotency fingerprint. */
    String criteria() {
        return proposedListType + "|" + fakeTransactionCount + "|" + amountInvolved + "|" + repeatOffence + "|"
                + organizedPlatform;
    }
}

package cn.gov.baoji.credit.repair;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application for credit repair, as the API receives it and the public page builds it from its form. The
 * subject proves who it is with the identifier the entry names (credit code or ID number).
 */
public record RepairRequest(
        @NotBlank @Size(max = 18) String subjectIdentifier,
        @NotBlank @Size(max = 100) String applicantName,
        @Size(max = 32) @Pattern(regexp = "^\\+?[0-9][0-9 \\-]{5,30}$", message = "must be a phone number")
        String contactPhone,
        @Size(max = 254) @Email String contactEmail,
        /** The credit commitment (信用承诺): what the subject undertakes from now on. */
        @NotBlank @Size(min = 20, max = 4000) String commitment,
        /** How the penalties and obligations of the decision were fulfilled, with document numbers. */
        @NotBlank @Size(min = 10, max = 4000) String penaltiesFulfilled,
        /** Whether the subject's legal representative attended the credit training. */
        @NotNull Boolean trainingAttended) {

    @AssertTrue(message = "give a phone number or an e-mail address to receive the decision")
    public boolean isContactGiven() {
        return (contactPhone != null && !contactPhone.isBlank()) || (contactEmail != null && !contactEmail.isBlank());
    }
}

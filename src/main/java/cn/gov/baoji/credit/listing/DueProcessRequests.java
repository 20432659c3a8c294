package cn.gov.baoji.credit.listing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the due-process endpoints. */
final class DueProcessRequests {

    private DueProcessRequests() {
    }

    /** The subject's statement (陈述申辩), as received by the county or the credit office. */
    record Statement(@NotBlank @Size(max = 5000) String statement,
                     @PastOrPresent LocalDate receivedOn) {
    }

    /** The subject's objection (异议) against its listing, with where to send the answer. */
    record Objection(@NotBlank @Size(max = 5000) String reason,
                     @Size(max = 100) String contactName,
                     @Pattern(regexp = "^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$",
                             message = "must be a mainland mobile or landline number") String contactPhone,
                     @Size(max = 254) @jakarta.validation.constraints.Email String contactEmail,
                     @PastOrPresent LocalDate receivedOn) {
    }
}

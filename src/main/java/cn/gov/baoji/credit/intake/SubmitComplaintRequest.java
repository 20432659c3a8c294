package cn.gov.baoji.credit.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint as someone outside the engine submits it: the body of {@code POST /api/v1/complaints} and what the
 * public portal builds from its form. {@link IntakeService#submit} checks it (these annotations and the rules
 * across fields in {@link ComplaintRules}).
 */
public record SubmitComplaintRequest(
        @NotNull ComplaintChannel channel,
        @Size(max = 64) String externalReference,
        @NotNull @Valid Reporter reporter,
        @NotNull @Valid Subject subject,
        @NotNull ComplaintCategory category,
        @NotBlank @Size(min = 10, max = 5000) String description,
        LocalDate occurredFrom,
        LocalDate occurredTo) {

    /** Who complains and how to reach them (personal data). */
    public record Reporter(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 32) @Pattern(regexp = "^\\+?[0-9][0-9 \\-]{5,30}$", message = "must be a phone number")
            String phone,
            @Email @Size(max = 254) String email,
            @Size(max = 200) String organization) {
    }

    /** Who the complaint is about. */
    public record Subject(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 18) String creditCode,
            @Size(max = 18) String idNumber,
            @Pattern(regexp = "^\\d{6}$", message = "must be a 6-digit GB/T 2260 division code") String districtCode,
            @Size(max = 100) String platform,
            @Size(max = 200) String storeName,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) address")
            String storeUrl) {
    }
}

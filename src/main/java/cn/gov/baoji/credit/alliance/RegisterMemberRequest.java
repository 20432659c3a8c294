package cn.gov.baoji.credit.alliance;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/alliance/members}. Without a {@code password} the engine makes one and answers it
 * once; with one, the credit office hands it over by its own channel.
 */
record RegisterMemberRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "lower-case letters and digits, words joined by single hyphens") String memberId,
        @NotBlank @Size(max = 200) String name,
        @NotNull MemberKind kind,
        @NotBlank @Size(max = 18) String creditCode,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 32) @Pattern(regexp = "^\\+?[0-9][0-9 \\-]{5,30}$", message = "must be a phone number")
        String contactPhone,
        @Size(min = 12, max = 128) String password) {
}

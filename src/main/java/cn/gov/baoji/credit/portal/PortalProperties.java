package cn.gov.baoji.credit.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code baoji.portal.*}: limits per client address and the query-code pepper.
 *
 * @param complaintsPerHour    complaints one address may file within any hour
 * @param statusQueriesPerHour status look-ups one address may make within any hour (against guessing codes)
 * @param queryCodePepper      server-side secret mixed into every query-code hash; required (at least 16
 *                             characters) outside the local and test profiles, which set a fixed development value
 */
@ConfigurationProperties("baoji.portal")
@Validated
record PortalProperties(
        @DefaultValue("5") @Positive int complaintsPerHour,
        @DefaultValue("30") @Positive int statusQueriesPerHour,
        @NotBlank(message = "set PORTAL_QUERY_CODE_PEPPER (baoji.portal.query-code-pepper)") @Size(min = 16)
        String queryCodePepper) {
}

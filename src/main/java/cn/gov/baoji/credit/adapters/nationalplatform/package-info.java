/**
 * Feedback to the National Credit Information Sharing Platform: listings, changes, removals, measures and
 * statistics, each delivered once per idempotency key
 * ({@link cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort}).
 */
@org.springframework.modulith.NamedInterface("nationalplatform")
package cn.gov.baoji.credit.adapters.nationalplatform;

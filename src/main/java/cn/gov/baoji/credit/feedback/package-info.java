/**
 * Feedback to the National Credit Information Sharing Platform through a transactional outbox: a report is
 * written in the same transaction as the change it reports, together with a {@code nationalFeedback} process
 * instance whose asynchronous task delivers it, retried with backoff and ending in an incident an operator
 * can retry. The idempotency key travels with every attempt, so a re-send has no second effect.
 */
package cn.gov.baoji.credit.feedback;

/**
 * Complaint intake: {@code POST /api/v1/complaints} for staff and integrators and the Tasklist start form for
 * complaints taken by phone or letter. Validates, de-duplicates by idempotency key, keeps the reporter's
 * personal data in its own table and starts process {@code dishonestyCase} in the same transaction.
 * Also tells the reporter how the complaint ended.
 */
package cn.gov.baoji.credit.intake;

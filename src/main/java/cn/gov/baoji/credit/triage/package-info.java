/**
 * Triage of a complaint by the city credit office: routing to the county of the subject's registration,
 * transfer of out-of-jurisdiction cases, and the decision to accept, reject, transfer or merge a duplicate.
 */
package cn.gov.baoji.credit.triage;

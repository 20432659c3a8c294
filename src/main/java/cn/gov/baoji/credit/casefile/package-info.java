/**
 * The case file: one row per case (its stage, county, subject summary), its timeline of decisions and
 * events, and its evidence. Read by staff and integrators at {@code GET /api/v1/cases/{caseNumber}}.
 * Owns no process; every module that moves a case records it here.
 */
package cn.gov.baoji.credit.casefile;

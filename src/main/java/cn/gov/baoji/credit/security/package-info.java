/**
 * Who may do what. HTTP Basic against the Camunda identity service on {@code /api/**} and
 * {@code /engine-rest/**}; Camunda authorizations switched on and seeded for the organisations of the plan;
 * demo identities only in the local profile.
 */
package cn.gov.baoji.credit.security;

/**
 * The anti-chaoxin alliance (mechanism 2 of the plan): member platforms and companies, registered with their own
 * integrator accounts, send monitoring reports on brushing merchants and chaoxin platforms. A subject reported by
 * two independent members, or by one member while a complaint about it is open, is cross-verified and becomes work:
 * a {@code dishonestyCase} through intake (channel {@code ALLIANCE_MEMBER}) or the open complaint's case. Members
 * read back, masked, what the alliance shares: verified subjects and the lists. Owns no process.
 */
package cn.gov.baoji.credit.alliance;

/**
 * Sharing and joint punishment: decision {@code jointPunishmentMeasures} names the member units that take
 * part for a list type and the measures each may apply; each unit is sent the entry and reports the measures
 * it actually applied (the measures ledger), which go on to the national platform. Also the punishment-effect
 * statistics, on request and pushed quarterly by process {@code punishmentStatistics}.
 */
package cn.gov.baoji.credit.punishment;

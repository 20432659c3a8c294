/**
 * Imports of chaoxin targets designated by the nation and the province ({@code POST /api/v1/imports/targets},
 * JSON or CSV, streamed; and a scheduled pull from the national platform since a stored cursor). Each target
 * becomes, changes or withdraws a list entry with source NATIONAL or PROVINCIAL through the registry, which
 * publishes {@code EntryChanged}; sharing and joint punishment follow from that event elsewhere. Starts no
 * process and publishes no event of its own.
 */
package cn.gov.baoji.credit.imports;

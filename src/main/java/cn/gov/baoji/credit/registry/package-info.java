/**
 * The list registry, system of record of the lists: who is on which list since when and until when, on what
 * basis, designated by whom, and every change of an entry with who made it and why. One subject holds at most
 * one listed (ACTIVE or DISPUTED) entry per list type. Every change is reported to the national platform
 * through the feedback outbox, in the same transaction. Read at {@code GET /api/v1/list-entries}.
 */
package cn.gov.baoji.credit.registry;

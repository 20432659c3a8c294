/**
 * Rotational training of listed subjects (a legal representative, or the listed person): every newly listed
 * entry owes training ({@code EntryChanged}, in the listing's transaction); an entry that ends has its open
 * obligation waived. Process {@code rotationalTraining}: commerce schedules a session for subjects awaiting
 * training, invitations go out, commerce records attendance; absentees are reminded, stay in the pool, and a
 * repeated absence is escalated to the credit office. {@link cn.gov.baoji.credit.training.TrainingRecords} is
 * the evidence for credit repair; {@code GET /api/v1/training/obligations} lists the obligations.
 */
package cn.gov.baoji.credit.training;

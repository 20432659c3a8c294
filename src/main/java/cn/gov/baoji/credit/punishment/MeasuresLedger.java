package cn.gov.baoji.credit.punishment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measures ledger: what each member unit reported it applied, per list entry. */
@Repository
class MeasuresLedger {

    private final JdbcClient jdbc;

    MeasuresLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a measure once: a report repeated for the same measure and day changes nothing. */
    void record(AppliedMeasure m) {
        int known = jdbc.sql("""
                SELECT count(*) FROM punishment_measure
                WHERE entry_id = ? AND member_unit = ? AND measure_code = ? AND applied_on = ?""")
                .params(m.entryId(), m.memberUnit(), m.measureCode(), m.appliedOn())
                .query(Integer.class).single();
        if (known > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO punishment_measure (entry_id, case_number, member_unit, measure_code, applied_on,
                    document_reference, note, reported_by, reported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.entryId(), m.caseNumber(), m.memberUnit(), m.measureCode(), m.appliedOn(),
                        m.documentReference(), m.note(), m.reportedBy(), m.reportedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    List<AppliedMeasure> ofEntry(String entryId) {
        return jdbc.sql("SELECT * FROM punishment_measure WHERE entry_id = ? ORDER BY applied_on, id")
                .param(entryId)
                .query((rs, row) -> new AppliedMeasure(rs.getString("entry_id"), rs.getString("case_number"),
                        rs.getString("member_unit"), rs.getString("measure_code"),
                        rs.getObject("applied_on", LocalDate.class), rs.getString("document_reference"),
                        rs.getString("note"), rs.getString("reported_by"),
                        rs.getObject("reported_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Measures applied in [from, to], counted by unit and measure. */
    List<PunishmentStatistics.MeasureCount> countByUnitAndMeasure(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT member_unit, measure_code, count(*) AS n FROM punishment_measure
                WHERE applied_on BETWEEN ? AND ?
                GROUP BY member_unit, measure_code ORDER BY member_unit, measure_code""")
                .params(from, to)
                .query((rs, row) -> new PunishmentStatistics.MeasureCount(rs.getString("member_unit"),
                        rs.getString("measure_code"), rs.getLong("n")))
                .list();
    }

    /** One reported measure. */
    record AppliedMeasure(String entryId, String caseNumber, String memberUnit, String measureCode,
                          LocalDate appliedOn, String documentReference, String note, String reportedBy,
                          Instant reportedAt) {
    }
}

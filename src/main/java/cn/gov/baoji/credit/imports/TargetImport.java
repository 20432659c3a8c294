package cn.gov.baoji.credit.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: reads rows one at a time, checks each, and applies them in chunks of
 * {@code baoji.imports.chunk-size} (500) rows per transaction, so that a large import holds neither the body
 * nor one long transaction. A chunk that fails as a whole (e.g. two imports of the same subject at once) is
 * rolled back and applied again row by row, each row in its own transaction: every row is idempotent, and a row
 * that still fails is rejected with nothing of it written.
 */
@Service
class TargetImport {

    private static final Logger log = LoggerFactory.getLogger(TargetImport.class);

    private final TargetChecks checks;
    private final TargetApplier applier;
    private final TransactionTemplate transaction;
    private final int chunkSize;

    TargetImport(TargetChecks checks, TargetApplier applier, PlatformTransactionManager transactions,
                 @Value("${baoji.imports.chunk-size:500}") int chunkSize) {
        this.checks = checks;
        this.applier = applier;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
    }

    /**
     * Reads the rows to their end (or to where the body breaks), adding every row's outcome to the summary.
     * A failure to read (the client went away, the body is too large) ends the import with the rows read so far
     * applied, and is thrown.
     */
    void run(TargetReader reader, String actor, ImportSummary summary) throws IOException {
        List<CheckedRow> chunk = new ArrayList<>(chunkSize);
        try {
            for (TargetRow row = reader.next(); row != null; row = reader.next()) {
                chunk.add(checks.check(row));
                if (chunk.size() == chunkSize) {
                    apply(chunk, actor, summary);
                    chunk.clear();
                }
            }
        } catch (MalformedImportException e) {
            summary.stoppedEarly(e);
        } finally {
            apply(chunk, actor, summary);
        }
    }

    private void apply(List<CheckedRow> chunk, String actor, ImportSummary summary) {
        if (chunk.isEmpty()) {
            return;
        }
        List<RowOutcome> outcomes;
        try {
            outcomes = transaction.execute(status -> chunk.stream().map(row -> apply(row, actor)).toList());
        } catch (RuntimeException e) {
            log.warn("A chunk of {} imported rows from row {} failed ({}); applying them one by one", chunk.size(),
                    chunk.get(0).row(), e.getClass().getSimpleName());
            outcomes = chunk.stream().map(row -> applyAlone(row, actor)).toList();
        }
        outcomes.forEach(summary::add);
        chunk.clear();
    }

    private RowOutcome apply(CheckedRow row, String actor) {
        return row.target() == null ? RowOutcome.rejected(row.rejections()) : applier.apply(row.target(), actor);
    }

    private RowOutcome applyAlone(CheckedRow row, String actor) {
        try {
            return transaction.execute(status -> apply(row, actor));
        } catch (RuntimeException e) {
            // the message may quote SQL values (ID numbers): only the kind of failure goes out
            log.warn("Imported row {} failed on its own too ({})", row.row(), e.getClass().getSimpleName());
            return RowOutcome.rejected(List.of(new RowRejection(row.row(), TargetFields.ROW,
                    "could not be applied (" + e.getClass().getSimpleName() + "); send it again")));
        }
    }
}

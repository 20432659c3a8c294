package cn.gov.baoji.credit.imports;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.gov.baoji.credit.adapters.AgencyUnavailableException;
import cn.gov.baoji.credit.adapters.nationalplatform.NationalPlatformPort;
import cn.gov.baoji.credit.adapters.nationalplatform.TargetPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls the targets changed at the national platform since the stored cursor, page by page, through the same
 * checks and registry changes as an upload (actor {@code national-platform}); the cursor moves on after each
 * page is applied, so a pull that stops resumes at the page it was on (whose rows are then unchanged). Runs
 * every {@code baoji.imports.national-pull-interval} (1 hour) and shortly after start; a platform that cannot
 * be reached is tried again at the next run. Rejected rows are logged with their row and field only.
 * Several nodes may pull at once: every row is idempotent, two listings of the same new target collide on the
 * registry's one-listed-entry rule and the loser's chunk is replayed row by row (then unchanged), and a cursor
 * set back by a slower node only makes the next pull read some pages again.
 */
@Component
class NationalTargetPull {

    static final String CURSOR = "national-platform-targets";
    static final String ACTOR = "national-platform";
    private static final Logger log = LoggerFactory.getLogger(NationalTargetPull.class);

    private final NationalPlatformPort platform;
    private final TargetImport imports;
    private final ImportCursors cursors;
    private final int pageSize;

    NationalTargetPull(NationalPlatformPort platform, TargetImport imports, ImportCursors cursors,
                       @Value("${baoji.imports.national-page-size:1000}") int pageSize) {
        this.platform = platform;
        this.imports = imports;
        this.cursors = cursors;
        this.pageSize = pageSize;
    }

    @Scheduled(initialDelayString = "${baoji.imports.national-pull-initial-delay:PT2M}",
            fixedDelayString = "${baoji.imports.national-pull-interval:PT1H}")
    void scheduled() {
        try {
            pull();
        } catch (AgencyUnavailableException e) {
            log.warn("The national platform's targets could not be pulled; next run tries again: {}", e.getMessage());
        }
    }

    /** Pulls until the platform has no more; returns what became of the rows. */
    ImportSummaryResponse pull() {
        ImportSummary summary = new ImportSummary();
        String cursor = cursors.position(CURSOR).orElse(null);
        long rows = 0;
        TargetPage page;
        do {
            page = platform.targetsChangedSince(cursor, pageSize);
            try {
                imports.run(new DesignatedTargetRows(page.targets(), rows), ACTOR, summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a page in memory cannot fail to be read
            }
            rows += page.targets().size();
            cursors.save(CURSOR, page.nextCursor());
            cursor = page.nextCursor();
        } while (page.more() && !page.targets().isEmpty());
        ImportSummaryResponse result = summary.response();
        if (result.rows() > 0) {
            log.info("Pulled {} national targets: {} accepted, {} updated, {} withdrawn, {} unchanged, {} rejected {}",
                    result.rows(), result.accepted(), result.updated(), result.withdrawn(), result.unchanged(),
                    result.rejected(), result.rejections().stream().map(r -> r.row() + "/" + r.field()).toList());
        }
        return result;
    }
}

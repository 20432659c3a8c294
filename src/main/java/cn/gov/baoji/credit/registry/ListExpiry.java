package cn.gov.baoji.credit.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.baoji.credit.engine.CaseDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires entries whose last valid day has passed: every night, and once shortly after start so a node that
 * was down at midnight catches up. Each entry expires in its own transaction; several nodes may run this at
 * once, since an entry already expired by another is skipped (optimistic version check).
 */
@Component
class ListExpiry {

    private static final Logger log = LoggerFactory.getLogger(ListExpiry.class);
    private static final int BATCH = 200;

    private final ListRegistry registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ListExpiry(ListRegistry registry, PlatformTransactionManager transactions, Clock clock) {
        this.registry = registry;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${baoji.registry.expiry-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        expireDue();
    }

    @Scheduled(initialDelayString = "${baoji.registry.expiry-initial-delay:PT1M}", fixedDelay = Long.MAX_VALUE)
    void afterStart() {
        expireDue();
    }

    /** Expires everything due today; returns how many entries expired. */
    int expireDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
        int expired = 0;
        List<String> due;
        int expiredInBatch;
        do {   // until a batch is not full, or expires nothing (all taken by another node)
            due = registry.dueForExpiry(today, BATCH);
            expiredInBatch = 0;
            for (String id : due) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> registry.expireIfDue(id, today)))) {
                        expiredInBatch++;
                    }
                } catch (EntryConflictException concurrent) {
                    log.debug("Entry {} changed while expiring; another node got there first", id);
                }
            }
            expired += expiredInBatch;
        } while (due.size() == BATCH && expiredInBatch > 0);
        if (expired > 0) {
            log.info("Expired {} list entries whose validity ended before {}", expired, today);
        }
        return expired;
    }
}

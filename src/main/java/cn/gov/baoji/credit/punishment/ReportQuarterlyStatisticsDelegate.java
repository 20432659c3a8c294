package cn.gov.baoji.credit.punishment;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.feedback.NationalFeedback;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the statistics of the quarter that ended before today for the national platform. The key names the
 * quarter, so a second run for the same quarter (a retried job, a manual start) queues nothing new.
 */
@Component
class ReportQuarterlyStatisticsDelegate implements JavaDelegate {

    private final PunishmentStatistics statistics;
    private final NationalFeedback feedback;
    private final Clock clock;

    ReportQuarterlyStatisticsDelegate(PunishmentStatistics statistics, NationalFeedback feedback, Clock clock) {
        this.statistics = statistics;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI);
        LocalDate thisQuarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        LocalDate from = thisQuarter.minusMonths(3);
        LocalDate to = thisQuarter.minusDays(1);
        String quarter = from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
        execution.setVariable("statisticsQuarter", quarter);
        feedback.report(FeedbackKind.STATISTICS, "statistics:" + quarter, null, null, statistics.of(from, to));
    }
}

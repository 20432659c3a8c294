package cn.gov.baoji.credit.publication;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.baoji.credit.engine.Actors;
import cn.gov.baoji.credit.engine.CaseDeadlines;
import cn.gov.baoji.credit.engine.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Commerce records where the batch was exposed in the media: outlet, date, link. */
@Component
class RecordExposureTaskListener implements TaskListener {

    private final PublicationBatches batches;
    private final Clock clock;

    RecordExposureTaskListener(PublicationBatches batches, Clock clock) {
        this.batches = batches;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String outlet = PublicationVariables.EXPOSURE_OUTLET.from(task);
        TaskInputException.require(outlet != null && !outlet.isBlank() && outlet.length() <= 200,
                PublicationVariables.EXPOSURE_OUTLET.name(), "请填写曝光媒体（不超过200字）/ name the outlet");
        LocalDate on = date(PublicationVariables.EXPOSURE_DATE.from(task));
        String link = PublicationVariables.EXPOSURE_LINK.from(task);
        TaskInputException.require(isWebLink(link), PublicationVariables.EXPOSURE_LINK.name(),
                "请填写以 http:// 或 https:// 开头的链接 / give an http(s) link");
        batches.recordExposure(PublicationVariables.BATCH_ID.from(task), outlet.strip(), on, link.strip(),
                Actors.of(task), clock.instant());
    }

    private LocalDate date(String value) {
        String field = PublicationVariables.EXPOSURE_DATE.name();
        LocalDate day = null;
        try {
            day = value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            // answered below
        }
        TaskInputException.require(day != null && !day.isAfter(LocalDate.ofInstant(clock.instant(), CaseDeadlines.BAOJI)),
                field, "请填写曝光日期（不晚于今天）/ give the date, not in the future");
        return day;
    }

    private static boolean isWebLink(String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package cn.gov.baoji.credit.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code baoji.publication.cron}: when the weekly publication runs (Quartz-style cron as Camunda reads it; server
 * time, which the image sets to Asia/Shanghai). Read by process {@code publicationSchedule} as
 * {@code ${publicationSchedule.cron}}.
 */
@Component("publicationSchedule")
public class PublicationSchedule {

    private final String cron;

    PublicationSchedule(@Value("${baoji.publication.cron:0 0 9 ? * MON}") String cron) {
        this.cron = cron;
    }

    public String getCron() {
        return cron;
    }
}

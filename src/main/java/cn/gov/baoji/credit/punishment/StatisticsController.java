package cn.gov.baoji.credit.punishment;

import java.time.LocalDate;

import cn.gov.baoji.credit.api.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Punishment-effect statistics of a period, for the city's working group and its member units. */
@RestController
@RequestMapping("/api/v1/statistics")
@PreAuthorize("hasAnyAuthority('GROUP_drc', 'GROUP_credit-office', 'GROUP_supervisors', 'GROUP_camunda-admin',"
        + " 'GROUP_commerce', 'GROUP_cyberspace', 'GROUP_informatization', 'GROUP_market-regulation',"
        + " 'GROUP_quality-supervision', 'GROUP_industry-it', 'GROUP_public-security', 'GROUP_customs',"
        + " 'GROUP_ecommerce-association')")
class StatisticsController {

    static final int MAX_DAYS = 5 * 366;

    private final PunishmentStatistics statistics;

    StatisticsController(PunishmentStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/joint-punishment")
    PunishmentStatistics.Report jointPunishment(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "range", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidRequestException("to", "range", "a period is at most five years");
        }
        return statistics.of(from, to);
    }
}

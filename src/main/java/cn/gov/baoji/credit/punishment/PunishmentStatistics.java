package cn.gov.baoji.credit.punishment;

import java.time.LocalDate;
import java.util.List;

import cn.gov.baoji.credit.registry.ListRegistry;
import cn.gov.baoji.credit.registry.ListingCount;
import org.springframework.stereotype.Service;

/** The punishment-effect statistics of a period: listings by list type and county, measures by unit and kind. */
@Service
public class PunishmentStatistics {

    private final ListRegistry registry;
    private final MeasuresLedger ledger;

    PunishmentStatistics(ListRegistry registry, MeasuresLedger ledger) {
        this.registry = registry;
        this.ledger = ledger;
    }

    public Report of(LocalDate from, LocalDate to) {
        List<ListingCount> listings = registry.countListings(from, to);
        List<MeasureCount> measures = ledger.countByUnitAndMeasure(from, to);
        return new Report(from, to, listings, measures,
                listings.stream().mapToLong(ListingCount::count).sum(),
                measures.stream().mapToLong(MeasureCount::count).sum());
    }

    /** Measures of one kind that one unit applied. */
    public record MeasureCount(String memberUnit, String measureCode, long count) {
    }

    public record Report(LocalDate from, LocalDate to, List<ListingCount> listings, List<MeasureCount> measures,
                         long totalListings, long totalMeasures) {
    }
}

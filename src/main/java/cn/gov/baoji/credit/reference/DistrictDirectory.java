package cn.gov.baoji.credit.reference;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Baoji's county-level divisions, read once at start-up from {@code reference_district} (it changes by
 * migration, not at run time). Old codes resolve to their successors (610322 凤翔县 → 610305 凤翔区).
 */
@Component
public class DistrictDirectory {

    private static final String BAOJI_PREFIX = "6103";

    private final Map<String, County> byCode;
    private final List<County> counties;

    @Autowired
    DistrictDirectory(JdbcClient jdbc) {
        this(jdbc.sql("SELECT code, name_zh, name_en, kind, alias_of FROM reference_district")
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list());
    }

    DistrictDirectory(List<Row> rows) {
        Map<String, County> canonical = new HashMap<>();
        rows.stream().filter(r -> r.kind().equals("COUNTY") && r.aliasOf() == null)
                .forEach(r -> canonical.put(r.code(), new County(r.code(), r.nameZh(), r.nameEn())));
        Map<String, County> all = new HashMap<>(canonical);
        rows.stream().filter(r -> r.aliasOf() != null && canonical.containsKey(r.aliasOf()))
                .forEach(r -> all.put(r.code(), canonical.get(r.aliasOf())));
        this.byCode = Map.copyOf(all);
        this.counties = canonical.values().stream().sorted(Comparator.comparing(County::code)).toList();
    }

    /** The counties (no aliases), by code. */
    public List<County> counties() {
        return counties;
    }

    /** The county for a code, an old code resolving to its successor. */
    public Optional<County> county(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Where a 6-digit division code falls; anything else is a caller's error. */
    public Jurisdiction classify(String divisionCode) {
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("A division code has 6 digits");
        }
        County county = byCode.get(divisionCode);
        if (county != null) {
            return Jurisdiction.inCounty(county);
        }
        return Jurisdiction.of(divisionCode.startsWith(BAOJI_PREFIX)
                ? Jurisdiction.Kind.CITY_LEVEL : Jurisdiction.Kind.OUTSIDE_BAOJI);
    }

    record Row(String code, String nameZh, String nameEn, String kind, String aliasOf) {
    }
}

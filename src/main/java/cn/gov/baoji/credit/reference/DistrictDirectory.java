package cn.gov.baoji.credit.reference;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Baoji's county-level divisions and the jurisdiction of a division code. Read once at start-up from
 * {@code reference_district}: the divisions change by migration, not at run time. Old codes resolve to their
 * successors (610322 凤翔县 → 610305 凤翔区), since registrations made before 2021 still carry them.
 */
@Component
public class DistrictDirectory {

    private static final String BAOJI_PREFIX = "6103";
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");

    private final Map<String, County> byCode;
    private final List<County> counties;

    @Autowired
    DistrictDirectory(JdbcClient jdbc) {
        this(jdbc.sql("SELECT code, name_zh, name_en, kind, alias_of FROM reference_district")
                .query((rs, row) -> new Row(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("kind"), rs.getString("alias_of")))
                .list());
    }

    DistrictDirectory(List<Row> rows) {
        Map<String, County> canonical = new HashMap<>();
        rows.stream().filter(r -> r.kind().equals("COUNTY") && r.aliasOf() == null)
                .forEach(r -> canonical.put(r.code(), new County(r.code(), r.nameZh(), r.nameEn())));
        Map<String, County> all = new HashMap<>(canonical);
        rows.stream().filter(r -> r.aliasOf() != null).forEach(r -> all.put(r.code(), successor(r, canonical)));
        this.byCode = Map.copyOf(all);
        this.counties = canonical.values().stream().sorted(Comparator.comparing(County::code)).toList();
    }

    /** The counties (no aliases), ordered by code. */
    public List<County> counties() {
        return counties;
    }

    /** The county for a code, an old code resolving to its successor; empty for the city and anything else. */
    public Optional<County> county(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * Where a subject registered in the division falls.
     *
     * @throws IllegalArgumentException unless the code has 6 digits; callers validate input first
     */
    public Jurisdiction classify(String divisionCode) {
        if (divisionCode == null || !DIVISION_CODE.matcher(divisionCode).matches()) {
            throw new IllegalArgumentException("A division code has 6 digits");
        }
        County county = byCode.get(divisionCode);
        if (county != null) {
            return Jurisdiction.inCounty(county);
        }
        return Jurisdiction.of(divisionCode.startsWith(BAOJI_PREFIX)
                ? Jurisdiction.Kind.CITY_LEVEL : Jurisdiction.Kind.OUTSIDE_BAOJI);
    }

    // a dangling alias is a broken migration: better to fail at start-up than to route a case to the city
    private static County successor(Row alias, Map<String, County> canonical) {
        County county = canonical.get(alias.aliasOf());
        if (county == null) {
            throw new IllegalStateException("District " + alias.code() + " is an alias of unknown county "
                    + alias.aliasOf());
        }
        return county;
    }

    /** One row of {@code reference_district}. */
    record Row(String code, String nameZh, String nameEn, String kind, String aliasOf) {
    }
}

package cn.gov.baoji.credit.reference;

import java.util.Optional;

/**
 * Where a division code falls: in one of Baoji's counties; at city level (the credit office picks the
 * county at triage); or outside Baoji (the case is transferred, not worked here).
 */
public record Jurisdiction(Kind kind, Optional<County> county) {

    public enum Kind { IN_COUNTY, CITY_LEVEL, OUTSIDE_BAOJI }

    static Jurisdiction inCounty(County county) {
        return new Jurisdiction(Kind.IN_COUNTY, Optional.of(county));
    }

    static Jurisdiction of(Kind kind) {
        return new Jurisdiction(kind, Optional.empty());
    }
}

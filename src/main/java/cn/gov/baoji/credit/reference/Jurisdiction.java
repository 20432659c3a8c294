package cn.gov.baoji.credit.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject registered in a division falls, which decides who works its case: a county's working group
 * ({@link Kind#IN_COUNTY}, with the county); the city credit office, which picks the county at triage
 * ({@link Kind#CITY_LEVEL}: 宝鸡市 itself or a 6103xx code that is no county); or nobody here, the case is
 * transferred ({@link Kind#OUTSIDE_BAOJI}). The county is present exactly for {@code IN_COUNTY}.
 */
public record Jurisdiction(Kind kind, Optional<County> county) {

    public enum Kind { IN_COUNTY, CITY_LEVEL, OUTSIDE_BAOJI }

    public Jurisdiction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(county, "county");
        if (county.isPresent() != (kind == Kind.IN_COUNTY)) {
            throw new IllegalArgumentException("a county is given exactly for IN_COUNTY");
        }
    }

    static Jurisdiction inCounty(County county) {
        return new Jurisdiction(Kind.IN_COUNTY, Optional.of(county));
    }

    static Jurisdiction of(Kind kind) {
        return new Jurisdiction(kind, Optional.empty());
    }
}

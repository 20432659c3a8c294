package cn.gov.baoji.credit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import cn.gov.baoji.credit.reference.DistrictDirectory.Row;
import cn.gov.baoji.credit.reference.Jurisdiction.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictDirectoryTest {

    /** The rows of {@code V1__reference_district.sql}, which follow DOMAIN.md. */
    static final List<Row> ROWS = List.of(
            new Row("610300", "宝鸡市", "Baoji City", "CITY", null),
            new Row("610302", "渭滨区", "Weibin District", "COUNTY", null),
            new Row("610303", "金台区", "Jintai District", "COUNTY", null),
            new Row("610304", "陈仓区", "Chencang District", "COUNTY", null),
            new Row("610305", "凤翔区", "Fengxiang District", "COUNTY", null),
            new Row("610322", "凤翔县", "Fengxiang County (until 2021)", "COUNTY", "610305"),
            new Row("610323", "岐山县", "Qishan County", "COUNTY", null),
            new Row("610324", "扶风县", "Fufeng County", "COUNTY", null),
            new Row("610326", "眉县", "Mei County", "COUNTY", null),
            new Row("610327", "陇县", "Long County", "COUNTY", null),
            new Row("610328", "千阳县", "Qianyang County", "COUNTY", null),
            new Row("610329", "麟游县", "Linyou County", "COUNTY", null),
            new Row("610330", "凤县", "Feng County", "COUNTY", null),
            new Row("610331", "太白县", "Taibai County", "COUNTY", null));
    static final List<String> COUNTY_CODES = List.of("610302", "610303", "610304", "610305", "610323", "610324",
            "610326", "610327", "610328", "610329", "610330", "610331");

    private final DistrictDirectory directory = new DistrictDirectory(ROWS);

    /** Any division of China outside Baoji, made up from a fixed seed. */
    static Stream<String> outsideBaoji() {
        Random random = new Random(20_180_319L);
        return Stream.generate(() -> String.format("%06d", random.nextInt(1_000_000)))
                .filter(code -> !code.startsWith("6103")).limit(100);
    }

    @Test
    void listsTheTwelveCountiesByCodeWithoutAliases() {
        assertThat(directory.counties()).extracting(County::code).containsExactlyElementsOf(COUNTY_CODES);
        assertThat(directory.counties()).extracting(County::groupId)
                .containsExactlyElementsOf(COUNTY_CODES.stream().map(code -> "county-" + code).toList());
        assertThat(directory.counties().get(0)).isEqualTo(new County("610302", "渭滨区", "Weibin District"));
        assertThatThrownBy(() -> directory.counties().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("countyCodes")
    void eachCountyIsItsOwnJurisdiction(String code) {
        County county = directory.county(code).orElseThrow();

        assertThat(county.code()).isEqualTo(code);
        assertThat(county.groupId()).isEqualTo("county-" + code);
        assertThat(directory.classify(code)).isEqualTo(new Jurisdiction(Kind.IN_COUNTY, Optional.of(county)));
    }

    static List<String> countyCodes() {
        return COUNTY_CODES;
    }

    @Test
    void theOldCodeOfFengxiangResolvesToTheDistrict() {
        County fengxiang = new County("610305", "凤翔区", "Fengxiang District");

        assertThat(directory.county("610322")).contains(fengxiang);
        assertThat(directory.classify("610322").county()).contains(fengxiang);
        assertThat(directory.classify("610322").kind()).isEqualTo(Kind.IN_COUNTY);
        assertThat(fengxiang.groupId()).isEqualTo("county-610305");
    }

    @ParameterizedTest
    @ValueSource(strings = {"610300", "610301", "610325", "610399", "610321"})
    void theCityAndUnknownBaojiCodesAreLeftToTheCreditOffice(String code) {
        assertThat(directory.classify(code)).isEqualTo(new Jurisdiction(Kind.CITY_LEVEL, Optional.empty()));
        assertThat(directory.county(code)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("outsideBaoji")
    @ValueSource(strings = {"610102", "610000", "110105", "000000", "620302"})
    void everythingElseIsOutsideBaoji(String code) {
        assertThat(directory.classify(code)).isEqualTo(new Jurisdiction(Kind.OUTSIDE_BAOJI, Optional.empty()));
        assertThat(directory.county(code)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "61030", "6103021", " 610302", "61030A", "６１０３０２", "610302 "})
    void classifyRefusesWhatIsNoDivisionCode(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.classify(code));
    }

    @Test
    void countyOfNothingIsEmpty() {
        assertThat(directory.county(null)).isEmpty();
        assertThat(directory.county("")).isEmpty();
    }

    @Test
    void refusesAnAliasOfAnUnknownCounty() {
        List<Row> broken = List.of(new Row("610322", "凤翔县", "Fengxiang County", "COUNTY", "610399"));

        assertThatIllegalStateException().isThrownBy(() -> new DistrictDirectory(broken))
                .withMessageContaining("610322");
    }

    @Test
    void aJurisdictionHasACountyExactlyWhenInACounty() {
        County weibin = new County("610302", "渭滨区", "Weibin District");

        assertThatIllegalArgumentException().isThrownBy(() -> new Jurisdiction(Kind.IN_COUNTY, Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Jurisdiction(Kind.CITY_LEVEL, Optional.of(weibin)));
    }
}

package cn.gov.baoji.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectSearchTest {

    static Stream<String> generatedCreditCodes() {
        Random random = new Random(7);
        return IntStream.range(0, 50).mapToObj(i -> TestIdentifiers.creditCode(random));
    }

    @ParameterizedTest
    @MethodSource("generatedCreditCodes")
    void aCreditCodeAsTypedIsAnIdentifier(String code) {
        SubjectSearch search = SubjectSearch.of("  " + code.toLowerCase(Locale.ROOT) + "\t");
        assertThat(search.byIdentifier()).isTrue();
        assertThat(search.identifier()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"61030219900101123X", "610302199001011234"})
    void aResidentIdNumberIsAnIdentifier(String idNumber) {
        assertThat(SubjectSearch.of(idNumber.toLowerCase(Locale.ROOT)).identifier()).isEqualTo(idNumber);
    }

    @ParameterizedTest
    @ValueSource(strings = {"星辰", "宝鸡市星辰电子商务有限公司", "91610302MA6X", "91610302MA6XABCDE12", "ABC DEF GHI JKL MNO"})
    void anythingElseIsAPartOfAName(String text) {
        SubjectSearch search = SubjectSearch.of(text);
        assertThat(search.byIdentifier()).isFalse();
        assertThat(search.likePattern()).isEqualTo("%" + text + "%");
    }

    @Test
    void wildcardsAndTheEscapeCharacterInANameAreLiteral() {
        assertThat(SubjectSearch.of("100%_a\\b").likePattern()).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void theConditionLooksAnIdentifierUpInEveryIdentifierColumnAndANamePartUpInTheName() {
        java.util.List<Object> params = new java.util.ArrayList<>();
        assertThat(SubjectSearch.of("91610302MA6X00001J").condition(java.util.List.of("credit_code", "id_number"),
                "subject_name", params)).isEqualTo(" AND (credit_code = ? OR id_number = ?)");
        assertThat(params).containsExactly("91610302MA6X00001J", "91610302MA6X00001J");
        params.clear();
        assertThat(SubjectSearch.of("星辰").condition(java.util.List.of("credit_code"), "subject_name", params))
                .isEqualTo(" AND subject_name LIKE ? ESCAPE '\\'");
        assertThat(params).containsExactly("%星辰%");
    }

    @Test
    void nothingToSearchForIsNoSearch() {
        assertThat(SubjectSearch.of(null)).isNull();
        assertThat(SubjectSearch.of("  ")).isNull();
        assertThatThrownBy(() -> new SubjectSearch("X", "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubjectSearch(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9_999, 10_000})
    void aTotalUpToTheCapIsExact(long counted) {
        assertThat(PageTotal.of(counted)).isEqualTo(new PageTotal(counted, true));
    }

    @Test
    void aTotalPastTheCapIsTheCapAndInexact() {
        assertThat(PageTotal.of(10_001)).isEqualTo(new PageTotal(10_000, false));
        assertThat(PageTotal.countSql("FROM t WHERE a = ?"))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 AS one FROM t WHERE a = ? FETCH FIRST 10001 ROWS ONLY) capped");
    }
}

package cn.gov.baoji.credit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import cn.gov.baoji.credit.registry.EntrySource;
import cn.gov.baoji.credit.shared.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of one target row: every problem of a row is named by its field, and a good row is a listing. */
class TargetImportChecksTest {

    static final String CODE = TestIdentifiers.creditCode(new Random(5), "610303");
    static final String PERSON = TestIdentifiers.residentId(new Random(5), "610302", LocalDate.of(1980, 5, 1));

    final DistrictDirectory districts = mock(DistrictDirectory.class);
    final TargetChecks checks = new TargetChecks(districts,
            Clock.fixed(Instant.parse("2026-06-01T04:00:00Z"), ZoneOffset.UTC));

    TargetImportChecksTest() {
        when(districts.county(anyString())).thenReturn(Optional.empty());
        when(districts.county("610303")).thenReturn(Optional.of(new County("610303", "金台区", "Jintai District")));
    }

    @Test
    void aGoodEnterpriseRowIsAListingOnTheChaoxinBlacklistInItsCounty() {
        CheckedRow checked = checks.check(row(good()));

        assertThat(checked.rejections()).isEmpty();
        ImportedTarget target = checked.target();
        assertThat(target.source()).isEqualTo(EntrySource.NATIONAL);
        assertThat(target.listing().listType()).isEqualTo("CHAOXIN_BLACKLIST");
        assertThat(target.listing().countyCode()).isEqualTo("610303");
        assertThat(target.listing().subject().creditCode()).isEqualTo(CODE);
        assertThat(target.listing().repairEligibleFrom()).as("repaired at the origin, not here")
                .isEqualTo(target.listing().validUntil());
        assertThat(target.listing().originEntryId()).isEqualTo("CN-1");
    }

    @Test
    void aNaturalPersonIsIdentifiedByTheIdNumberAndMayBeFromOutsideBaoji() {
        Map<String, String> fields = good();
        fields.put("subjectType", "natural_person");
        fields.remove("creditCode");
        fields.put("idNumber", PERSON.toLowerCase());
        fields.put("source", "provincial");

        ImportedTarget target = checks.check(row(fields)).target();

        assertThat(target.listing().subject().idNumber()).isEqualTo(PERSON);
        assertThat(target.listing().countyCode()).isNull();
        assertThat(target.source()).isEqualTo(EntrySource.PROVINCIAL);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(nullValues = "NULL", value = {
            "originEntryId, NULL, is required",
            "originEntryId, '   ', is required",
            "source, LOCAL, must be NATIONAL or PROVINCIAL",
            "source, NULL, must be NATIONAL or PROVINCIAL",
            "listType, KEY_ATTENTION, only CHAOXIN_BLACKLIST",
            "subjectType, COMPANY, must be one of",
            "name, NULL, is required",
            "creditCode, NULL, is required for a subject of type ENTERPRISE",
            "creditCode, 91610302MA6X00001X, is not a valid unified social credit code",
            "designatingAuthority, NULL, is required",
            "basis, NULL, is required",
            "decisionDate, 2026/01/01, must be a date yyyy-MM-dd",
            "decisionDate, 2026-06-02, must not be in the future",
            "validUntil, NULL, is required",
            "validUntil, 2024-12-31, must not be before decisionDate",
            "withdrawn, maybe, must be true or false"})
    void eachBrokenFieldIsNamedWithItsReason(String field, String value, String message) {
        Map<String, String> fields = good();
        fields.put(field, value);

        CheckedRow checked = checks.check(row(fields));

        assertThat(checked.target()).isNull();
        assertThat(checked.rejections()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(7);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {64, 65, 200, 201, 2000, 2001})
    void lengthsAreCappedAtTheColumnSizes(int length) {
        Map<String, String> fields = good();
        String field = length <= 65 ? "originEntryId" : length <= 201 ? "name" : "basis";
        fields.put(field, "x".repeat(length));

        boolean accepted = checks.check(row(fields)).target() != null;

        assertThat(accepted).isEqualTo(length == 64 || length == 200 || length == 2000);
    }

    @Test
    void aWithdrawalNeedsOnlyTheOriginEntry() {
        CheckedRow checked = checks.check(row(new HashMap<>(Map.of("originEntryId", "CN-9", "source", "NATIONAL",
                "withdrawn", "YES", "withdrawalReason", "信用修复"))));

        assertThat(checked.target().withdrawn()).isTrue();
        assertThat(checked.target().withdrawalReason()).isEqualTo("信用修复");
    }

    @Test
    void everyProblemOfARowIsReportedAtOnceWithThoseTheReaderFound() {
        var row = new TargetRow(3, Map.of("originEntryId", "CN-3"),
                List.of(new RowRejection(3, "basis", "must be a string, number or boolean")));

        assertThat(checks.check(row).rejections()).extracting(RowRejection::field)
                .contains("basis", "source", "subjectType", "name", "designatingAuthority", "decisionDate",
                        "validUntil");
    }

    private static Map<String, String> good() {
        Map<String, String> fields = new HashMap<>();
        fields.put("originEntryId", "CN-1");
        fields.put("source", "NATIONAL");
        fields.put("listType", "CHAOXIN_BLACKLIST");
        fields.put("subjectType", "ENTERPRISE");
        fields.put("name", "某某电子商务有限公司");
        fields.put("creditCode", CODE);
        fields.put("designatingAuthority", "国家发展改革委");
        fields.put("basis", "组织刷单炒信");
        fields.put("decisionDate", "2025-01-01");
        fields.put("validUntil", "2027-12-31");
        fields.put("withdrawn", "false");
        return fields;
    }

    private static TargetRow row(Map<String, String> fields) {
        return new TargetRow(7, fields, List.of());
    }
}

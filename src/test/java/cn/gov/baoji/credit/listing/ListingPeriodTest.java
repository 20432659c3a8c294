package cn.gov.baoji.credit.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision {@code listingPeriod} on the standalone DMN engine, with {@code decisionDate} a
 * {@link LocalDate} as {@link ListingPeriods} passes it: every list type in both rule versions at the
 * boundaries of the versions, no rule for NOT_LISTED, unknown types or dates before 2017, a generated property
 * test that exactly one rule decides every listed type on every date, and the dates
 * {@link ListingPeriods.Period} derives from a period.
 */
class ListingPeriodTest {

    static final String RESOURCE = "processes/listing-period.dmn";
    static final String DECISION = ListingPeriods.DECISION;

    static final List<String> BLACKLISTS = List.of("CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST");
    static final List<String> LISTED = List.of("CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST", "KEY_ATTENTION");

    static final String V2017 = "BJ-2017-1";
    static final String V2026 = "BJ-2026-1";
    static final LocalDate FIRST_DAY_2017 = LocalDate.of(2017, 1, 1);
    static final LocalDate LAST_DAY_2017 = LocalDate.of(2025, 12, 31);
    static final LocalDate FIRST_DAY_2026 = LocalDate.of(2026, 1, 1);

    private static final List<String> MATCHED = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(ListingPeriodTest::recordMatch));
        engine = configuration.buildEngine();
        try (InputStream dmn = resource()) {
            decision = engine.parseDecision(DECISION, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void recordMatch(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(rule -> MATCHED.add(rule.getId()));
    }

    static InputStream resource() {
        InputStream stream = ListingPeriodTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(stream).as(RESOURCE + " on the test classpath").isNotNull();
        return stream;
    }

    // ------------------------------------------------------------------ both versions, each list type

    static Stream<Arguments> blacklistsInEachVersion() {
        return BLACKLISTS.stream().flatMap(listType -> Stream.of(
                Arguments.of(listType, FIRST_DAY_2017, "Rule_Blacklist2017", V2017),
                Arguments.of(listType, LocalDate.of(2020, 2, 29), "Rule_Blacklist2017", V2017),
                Arguments.of(listType, LAST_DAY_2017, "Rule_Blacklist2017", V2017),
                Arguments.of(listType, FIRST_DAY_2026, "Rule_Blacklist2026", V2026),
                Arguments.of(listType, LocalDate.of(2026, 3, 10), "Rule_Blacklist2026", V2026),
                Arguments.of(listType, LocalDate.of(2099, 12, 31), "Rule_Blacklist2026", V2026)));
    }

    @ParameterizedTest(name = "{0} on {1}: {3}")
    @MethodSource("blacklistsInEachVersion")
    void blacklistsLast36MonthsWithRepairAfter12(String listType, LocalDate date, String rule, String version) {
        Outcome outcome = evaluate(listType, date);

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.validityMonths()).isEqualTo(36);
        assertThat(outcome.minimumMonthsBeforeRepair()).isEqualTo(12);
        assertThat(outcome.ruleVersion()).isEqualTo(version);
        assertThat(outcome.legalBasis()).contains("宝鸡市电子商务领域严重失信专项治理工作方案");
    }

    static Stream<Arguments> keyAttentionInEachVersion() {
        return Stream.of(
                Arguments.of(FIRST_DAY_2017, "Rule_KeyAttention2017", V2017),
                Arguments.of(LocalDate.of(2021, 6, 15), "Rule_KeyAttention2017", V2017),
                Arguments.of(LAST_DAY_2017, "Rule_KeyAttention2017", V2017),
                Arguments.of(FIRST_DAY_2026, "Rule_KeyAttention2026", V2026),
                Arguments.of(LocalDate.of(2028, 2, 29), "Rule_KeyAttention2026", V2026),
                Arguments.of(LocalDate.of(2099, 12, 31), "Rule_KeyAttention2026", V2026));
    }

    @ParameterizedTest(name = "KEY_ATTENTION on {0}: {2}")
    @MethodSource("keyAttentionInEachVersion")
    void keyAttentionLasts12MonthsWithRepairAfter3(LocalDate date, String rule, String version) {
        Outcome outcome = evaluate("KEY_ATTENTION", date);

        assertThat(outcome.ruleId()).isEqualTo(rule);
        assertThat(outcome.validityMonths()).isEqualTo(12);
        assertThat(outcome.minimumMonthsBeforeRepair()).isEqualTo(3);
        assertThat(outcome.ruleVersion()).isEqualTo(version);
        assertThat(outcome.legalBasis()).contains("宝鸡市电子商务领域严重失信专项治理工作方案");
    }

    @Test
    void theNewVersionCitesTheListManagementRulesToo() {
        assertThat(evaluate("CHAOXIN_BLACKLIST", LAST_DAY_2017).legalBasis()).doesNotContain("名单管理");
        assertThat(evaluate("CHAOXIN_BLACKLIST", FIRST_DAY_2026).legalBasis()).contains("名单管理");
        assertThat(evaluate("KEY_ATTENTION", FIRST_DAY_2026).legalBasis()).contains("名单管理");
    }

    /** The outputs arrive typed as the table declares them (integer → Integer), as ListingPeriods reads them. */
    @Test
    void outputsAreTypedAsDeclared() {
        Map<String, Object> row = rows("ECOMMERCE_BLACKLIST", FIRST_DAY_2026).get(0);

        assertThat(row).containsOnlyKeys("validityMonths", "minimumMonthsBeforeRepair", "ruleVersion", "legalBasis");
        assertThat(row.get("validityMonths")).isInstanceOf(Integer.class);
        assertThat(row.get("minimumMonthsBeforeRepair")).isInstanceOf(Integer.class);
        assertThat(row.get("ruleVersion")).isInstanceOf(String.class);
    }

    // ------------------------------------------------------------------ no rule

    @ParameterizedTest(name = "{0} on 2016-12-31")
    @ValueSource(strings = {"CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST", "KEY_ATTENTION"})
    void decisionsBefore2017HaveNoRule(String listType) {
        assertThat(rows(listType, LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(rows(listType, LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(MATCHED).isEmpty();
    }

    @ParameterizedTest(name = "list type \"{0}\"")
    @ValueSource(strings = {"NOT_LISTED", "UNKNOWN", "", "chaoxin_blacklist", "KEY_ATTENTION "})
    void notListedAndUnknownListTypesHaveNoRuleOnAnyDate(String listType) {
        for (LocalDate date : List.of(LocalDate.of(2016, 12, 31), FIRST_DAY_2017, LAST_DAY_2017, FIRST_DAY_2026,
                LocalDate.of(2035, 6, 30))) {
            assertThat(rows(listType, date)).as("%s on %s", listType, date).isEmpty();
        }
    }

    @Test
    void theListedTypesOfTheTableAreThoseOfTheCode() {
        assertThat(Arrays.stream(ListType.values()).filter(ListType::listed).map(Enum::name))
                .containsExactlyElementsOf(LISTED);
    }

    @Test
    void anAbsentListTypeHasNoRule() {
        assertThat(rows(null, FIRST_DAY_2026)).isEmpty();
    }

    // ------------------------------------------------------------------ generated property

    /**
     * ~500 dates from 2017 to 2035 (plus the version boundaries) for every listed type: the UNIQUE table finds
     * exactly one rule, of the version in force on that day, with the periods of the list type.
     */
    @Test
    void exactlyOneRuleOfTheVersionInForceDecidesEveryListedTypeOnEveryDate() {
        Random random = new Random(20260101L);
        LocalDate from = FIRST_DAY_2017;
        long days = ChronoUnit.DAYS.between(from, LocalDate.of(2035, 12, 31)) + 1;
        List<LocalDate> dates = new ArrayList<>(List.of(FIRST_DAY_2017, LAST_DAY_2017, FIRST_DAY_2026,
                LocalDate.of(2035, 12, 31)));
        for (int i = 0; i < 500; i++) {
            dates.add(from.plusDays(random.nextLong(days)));
        }
        List<String> disagreements = new ArrayList<>();

        for (LocalDate date : dates) {
            for (String listType : LISTED) {
                MATCHED.clear();
                List<Map<String, Object>> rows = rows(listType, date);
                Outcome expected = expected(listType, date);
                if (rows.size() != 1 || MATCHED.size() != 1) {
                    disagreements.add(listType + " on " + date + ": " + rows.size() + " rows, rules " + MATCHED);
                    continue;
                }
                Outcome actual = Outcome.of(MATCHED.get(0), rows.get(0));
                if (!actual.withoutBasis().equals(expected)) {
                    disagreements.add(listType + " on " + date + ": " + actual + " instead of " + expected);
                }
            }
        }

        assertThat(dates).hasSizeGreaterThanOrEqualTo(500);
        assertThat(disagreements).isEmpty();
    }

    /** The rules written out in Java, independent of the table. */
    private static Outcome expected(String listType, LocalDate date) {
        boolean blacklist = BLACKLISTS.contains(listType);
        boolean v2026 = !date.isBefore(FIRST_DAY_2026);
        String rule = "Rule_" + (blacklist ? "Blacklist" : "KeyAttention") + (v2026 ? "2026" : "2017");
        return new Outcome(rule, blacklist ? 36 : 12, blacklist ? 12 : 3, v2026 ? V2026 : V2017, null);
    }

    @Test
    void everyRuleOfTheTableIsReachable() {
        List<String> decided = new ArrayList<>();
        for (String listType : LISTED) {
            decided.add(evaluate(listType, LAST_DAY_2017).ruleId());
            decided.add(evaluate(listType, FIRST_DAY_2026).ruleId());
        }

        assertThat(decided).containsAll(rulesInModel());
    }

    // ------------------------------------------------------------------ the table as production reads it

    @Test
    void tableIsUniqueWithTheInputsAndOutputsListingPeriodsReads() {
        Decision dmnDecision = model().getModelElementById(DECISION);
        DecisionTable table = (DecisionTable) dmnDecision.getExpression();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
                .containsExactly("listType", "decisionDate");
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("validityMonths",
                "minimumMonthsBeforeRepair", "ruleVersion", "legalBasis");
    }

    /**
     * {@link ListingPeriods#of} on this table, through a {@link DecisionTables} backed by the standalone engine,
     * with the {@code Map.of("listType", name, "decisionDate", LocalDate)} it builds itself.
     */
    @Test
    void listingPeriodsReadsThePeriodOfEveryListedTypeFromTheTable() {
        ListingPeriods periods = new ListingPeriods(standaloneTables());

        assertThat(periods.of(ListType.CHAOXIN_BLACKLIST, LocalDate.of(2026, 3, 10)))
                .isEqualTo(new ListingPeriods.Period(36, 12, V2026));
        assertThat(periods.of(ListType.ECOMMERCE_BLACKLIST, LAST_DAY_2017))
                .isEqualTo(new ListingPeriods.Period(36, 12, V2017));
        assertThat(periods.of(ListType.KEY_ATTENTION, FIRST_DAY_2026))
                .isEqualTo(new ListingPeriods.Period(12, 3, V2026));
        assertThat(periods.of(ListType.KEY_ATTENTION, FIRST_DAY_2017))
                .isEqualTo(new ListingPeriods.Period(12, 3, V2017));
    }

    @Test
    void listingPeriodsRefusesWhatTheTableHasNoRuleFor() {
        ListingPeriods periods = new ListingPeriods(standaloneTables());

        assertThatThrownBy(() -> periods.of(ListType.NOT_LISTED, FIRST_DAY_2026))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gives 0 rules").hasMessageContaining("NOT_LISTED");
        assertThatThrownBy(() -> periods.of(ListType.CHAOXIN_BLACKLIST, LocalDate.of(2016, 12, 31)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2016-12-31");
    }

    private static DecisionTables standaloneTables() {
        return (key, inputs) -> {
            assertThat(key).isEqualTo(DECISION);
            assertThat(inputs.get("decisionDate")).isInstanceOf(LocalDate.class);
            return engine.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getResultList();
        };
    }

    // ------------------------------------------------------------------ Period dates

    /**
     * Civil Code art. 201: a period in months does not count the day it starts from; art. 202: it ends on the
     * corresponding day of the last month, or that month's last day when there is none. So a 36-month listing of
     * 2026-03-10 is valid through 2029-03-10, and 12 months before repair are complete at the end of 2027-03-10.
     */
    @Test
    void aBlacklistingOf36MonthsDecidedOn2026_03_10IsValidThrough2029_03_10() {
        var period = new ListingPeriods.Period(36, 12, V2026);
        LocalDate decided = LocalDate.of(2026, 3, 10);

        assertThat(period.validUntil(decided)).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(period.repairEligibleFrom(decided)).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void aKeyAttentionListingOf12MonthsIsValidThroughItsAnniversary() {
        var period = new ListingPeriods.Period(12, 3, V2026);
        LocalDate decided = LocalDate.of(2026, 1, 1);

        assertThat(period.validUntil(decided)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(period.repairEligibleFrom(decided)).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    /** Art. 202 for a leap day: 2031 has no 29 February, so the period ends on its last day, 28 February. */
    @Test
    void aListingDecidedOnALeapDayEndsOnTheLastDayOfFebruary() {
        var blacklist = new ListingPeriods.Period(36, 12, V2026);
        var keyAttention = new ListingPeriods.Period(12, 3, V2026);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        assertThat(blacklist.validUntil(leapDay)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(blacklist.validUntil(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(blacklist.validUntil(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(blacklist.repairEligibleFrom(leapDay)).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(keyAttention.validUntil(leapDay)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(keyAttention.repairEligibleFrom(leapDay)).isEqualTo(LocalDate.of(2028, 5, 30));
        // 48 months later is a leap day again
        assertThat(new ListingPeriods.Period(48, 12, V2026).validUntil(leapDay)).isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    void monthEndsEndOnTheLastDayOfTheShorterMonth() {
        var keyAttention = new ListingPeriods.Period(12, 3, V2026);

        assertThat(keyAttention.repairEligibleFrom(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(keyAttention.repairEligibleFrom(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(keyAttention.validUntil(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(keyAttention.repairEligibleFrom(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    /**
     * Over generated decision dates: the listing ends on the anniversary (art. 202), repair opens after the
     * minimum period and before the end, and a later decision never ends earlier.
     */
    @Test
    void generatedDecisionDatesGiveConsistentDates() {
        Random random = new Random(36L);
        List<String> problems = new ArrayList<>();
        for (var period : List.of(new ListingPeriods.Period(36, 12, V2026), new ListingPeriods.Period(12, 3, V2017))) {
            for (int i = 0; i < 500; i++) {
                LocalDate decided = FIRST_DAY_2017.plusDays(random.nextInt(365 * 19));
                LocalDate next = decided.plusDays(1);
                LocalDate until = period.validUntil(decided);
                LocalDate repair = period.repairEligibleFrom(decided);
                if (!until.equals(decided.plusMonths(period.validityMonths()))
                        || !repair.isAfter(decided.plusMonths(period.minimumMonthsBeforeRepair()))
                        || !repair.isBefore(until)
                        || period.validUntil(next).isBefore(until)
                        || period.repairEligibleFrom(next).isBefore(repair)
                        || ChronoUnit.MONTHS.between(decided, until) > period.validityMonths()) {
                    problems.add(period + " decided " + decided + ": until " + until + ", repair " + repair);
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> rulesInModel() {
        return model().getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
    }

    private static DmnModelInstance model() {
        try (InputStream dmn = resource()) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> rows(String listType, LocalDate date) {
        MATCHED.clear();
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("listType", listType).putValue("decisionDate", date));
        return result.getResultList();
    }

    private static Outcome evaluate(String listType, LocalDate date) {
        List<Map<String, Object>> rows = rows(listType, date);
        assertThat(rows).as("rows for %s on %s", listType, date).hasSize(1);
        assertThat(MATCHED).as("hit policy UNIQUE: one matching rule for %s on %s", listType, date).hasSize(1);
        return Outcome.of(MATCHED.get(0), rows.get(0));
    }

    record Outcome(String ruleId, Integer validityMonths, Integer minimumMonthsBeforeRepair, String ruleVersion,
                   String legalBasis) {

        static Outcome of(String ruleId, Map<String, Object> row) {
            return new Outcome(ruleId, (Integer) row.get("validityMonths"),
                    (Integer) row.get("minimumMonthsBeforeRepair"), (String) row.get("ruleVersion"),
                    (String) row.get("legalBasis"));
        }

        Outcome withoutBasis() {
            return new Outcome(ruleId, validityMonths, minimumMonthsBeforeRepair, ruleVersion, null);
        }
    }
}

package cn.gov.baoji.credit.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision {@code designationCriteria} on the standalone DMN engine. One parameterized test per rule family with
 * the thresholds of the Action Plan at their boundaries (499/500 fake transactions, 49,999.99/50,000 yuan), numbers
 * as Long, Integer and Double (Tasklist submits whole numbers as Integer), absent values; a generated property test
 * against the written-out criteria; and proof that every rule decides at least one case. Each case asserts the rule
 * that decided it, not only the list, so a rule shadowed by an earlier one fails here.
 */
class DesignationCriteriaTest {

    static final String RESOURCE = "processes/designation-criteria.dmn";
    static final String DECISION = "designationCriteria";

    static final List<String> CHAOXIN = List.of("FAKE_TRANSACTIONS", "FAKE_REVIEWS", "CHAOXIN_PLATFORM");
    static final List<String> OTHER = List.of("COUNTERFEIT", "FRAUD", "FALSE_ADVERTISING", "OTHER");
    static final Set<String> LIST_TYPES = Set.of("CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST", "KEY_ATTENTION",
            "NOT_LISTED");

    private static final List<String> MATCHED = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(DesignationCriteriaTest::recordMatch));
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
        InputStream stream = DesignationCriteriaTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(stream).as(RESOURCE + " on the test classpath").isNotNull();
        return stream;
    }

    // ------------------------------------------------------------------ one test per rule family

    static Stream<Facts> factsNotVerified() {
        return Stream.of(
                Facts.of("FAKE_TRANSACTIONS").verified(false),
                Facts.of("FAKE_TRANSACTIONS").verified(false).organized(true).repeat(true).count(10_000L)
                        .amount(1_000_000.0),
                Facts.of("FRAUD").verified(false).repeat(true).amount(50_000.0),
                Facts.of("CHAOXIN_PLATFORM").verified(null).organized(true),
                Facts.of("OTHER").verified(null).count(null).amount(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsNotVerified")
    void rule1UnverifiedFactsAreNotListed(Facts facts) {
        assertDecided(facts, "Rule_FactsNotVerified", "NOT_LISTED");
    }

    static Stream<Facts> organizedPlatform() {
        return Stream.concat(everyCategory().map(category -> Facts.of(category).organized(true)), Stream.of(
                Facts.of("FAKE_REVIEWS").organized(true).count(null).amount(null),
                Facts.of("FRAUD").organized(true).repeat(true).amount(50_000.0),
                Facts.of(null).organized(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organizedPlatform")
    void rule2OrganisedChaoxinIsChaoxinBlacklistWhateverTheCategory(Facts facts) {
        assertDecided(facts, "Rule_OrganizedPlatform", "CHAOXIN_BLACKLIST");
    }

    static Stream<Facts> chaoxinRepeatOffence() {
        return Stream.concat(CHAOXIN.stream().map(category -> Facts.of(category).repeat(true)), Stream.of(
                Facts.of("FAKE_TRANSACTIONS").repeat(true).count(null).amount(null),
                Facts.of("FAKE_REVIEWS").repeat(true).count(499L).amount(49_999.99),
                Facts.of("CHAOXIN_PLATFORM").repeat(true).organized(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chaoxinRepeatOffence")
    void rule3RepeatedChaoxinIsChaoxinBlacklist(Facts facts) {
        assertDecided(facts, "Rule_ChaoxinRepeatOffence", "CHAOXIN_BLACKLIST");
    }

    static Stream<Facts> chaoxinManyFakeTransactions() {
        return Stream.concat(CHAOXIN.stream().map(category -> Facts.of(category).count(500L)), Stream.of(
                Facts.of("FAKE_TRANSACTIONS").count(500),
                Facts.of("FAKE_TRANSACTIONS").count(500.0),
                Facts.of("FAKE_REVIEWS").count(501L).amount(null),
                Facts.of("CHAOXIN_PLATFORM").count(1_000_000L).amount(49_999.99),
                Facts.of("FAKE_TRANSACTIONS").count(500L).repeat(null).organized(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chaoxinManyFakeTransactions")
    void rule4ChaoxinWith500FakeTransactionsIsChaoxinBlacklist(Facts facts) {
        assertDecided(facts, "Rule_ChaoxinManyFakeTransactions", "CHAOXIN_BLACKLIST");
    }

    static Stream<Facts> chaoxinLargeAmount() {
        return Stream.concat(CHAOXIN.stream().map(category -> Facts.of(category).amount(50_000.0)), Stream.of(
                Facts.of("FAKE_TRANSACTIONS").amount(50_000L),
                Facts.of("FAKE_TRANSACTIONS").amount(50_000),
                Facts.of("FAKE_REVIEWS").amount(50_000.01).count(null),
                Facts.of("CHAOXIN_PLATFORM").amount(3_000_000.0).count(499L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chaoxinLargeAmount")
    void rule5ChaoxinInvolving50000YuanIsChaoxinBlacklist(Facts facts) {
        assertDecided(facts, "Rule_ChaoxinLargeAmount", "CHAOXIN_BLACKLIST");
    }

    static Stream<Facts> chaoxinOtherwise() {
        return Stream.concat(CHAOXIN.stream().map(category -> Facts.of(category).count(499L).amount(49_999.99)),
                Stream.of(
                        Facts.of("FAKE_TRANSACTIONS"),
                        Facts.of("FAKE_TRANSACTIONS").count(499).amount(49_999L),
                        Facts.of("FAKE_REVIEWS").count(499.0).amount(49_999),
                        Facts.of("CHAOXIN_PLATFORM").count(null).amount(null),
                        Facts.of("FAKE_REVIEWS").count(null).amount(49_999.99).repeat(null).organized(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chaoxinOtherwise")
    void rule6OtherChaoxinIsKeyAttention(Facts facts) {
        assertDecided(facts, "Rule_ChaoxinOtherwise", "KEY_ATTENTION");
    }

    static Stream<Facts> otherRepeatOffence() {
        return Stream.concat(OTHER.stream().map(category -> Facts.of(category).repeat(true)), Stream.of(
                Facts.of("FRAUD").repeat(true).count(null).amount(null),
                Facts.of("COUNTERFEIT").repeat(true).count(10_000L).amount(49_999.99)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRepeatOffence")
    void rule7RepeatedOtherDishonestyIsEcommerceBlacklist(Facts facts) {
        assertDecided(facts, "Rule_OtherRepeatOffence", "ECOMMERCE_BLACKLIST");
    }

    static Stream<Facts> otherLargeAmount() {
        return Stream.concat(OTHER.stream().map(category -> Facts.of(category).amount(50_000.0)), Stream.of(
                Facts.of("FRAUD").amount(50_000L),
                Facts.of("FRAUD").amount(50_000),
                Facts.of("FALSE_ADVERTISING").amount(50_000.01).count(null).repeat(null),
                Facts.of("COUNTERFEIT").amount(8_000_000.0).count(10_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLargeAmount")
    void rule8OtherDishonestyInvolving50000YuanIsEcommerceBlacklist(Facts facts) {
        assertDecided(facts, "Rule_OtherLargeAmount", "ECOMMERCE_BLACKLIST");
    }

    /** Fake transactions count only for chaoxin: 500 of them in a fraud case are not a threshold. */
    static Stream<Facts> otherwise() {
        return Stream.concat(OTHER.stream().map(category -> Facts.of(category).count(499L).amount(49_999.99)),
                Stream.of(
                        Facts.of("FRAUD"),
                        Facts.of("COUNTERFEIT").count(10_000L).amount(49_999L),
                        Facts.of("FALSE_ADVERTISING").count(500).amount(49_999),
                        Facts.of("OTHER").count(null).amount(null).repeat(null).organized(null),
                        Facts.of(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherwise")
    void rule9AnyOtherVerifiedDishonestyIsKeyAttention(Facts facts) {
        assertDecided(facts, "Rule_Otherwise", "KEY_ATTENTION");
    }

    // ------------------------------------------------------------------ numbers and absent values

    @Test
    void numbersMayComeAsLongIntegerOrDouble() {
        for (Object count : List.of(500L, 500, 500.0)) {
            assertThat(evaluate(Facts.of("FAKE_TRANSACTIONS").count(count)).listType()).as("count %s", count)
                    .isEqualTo("CHAOXIN_BLACKLIST");
        }
        for (Object amount : List.of(50_000L, 50_000, 50_000.0)) {
            assertThat(evaluate(Facts.of("FRAUD").amount(amount)).listType()).as("amount %s", amount)
                    .isEqualTo("ECOMMERCE_BLACKLIST");
        }
    }

    @Test
    void absentVariablesMeetNoThresholdAndFallThrough() {
        VariableMap onlyFlags = Variables.createVariables().putValue("factsVerified", true)
                .putValue("category", "FAKE_TRANSACTIONS").putValue("organizedPlatform", false)
                .putValue("repeatOffence", false);
        MATCHED.clear();
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, onlyFlags);

        assertThat((Object) result.getSingleResult().getSingleEntry()).isEqualTo("KEY_ATTENTION");
        assertThat(MATCHED).containsExactly("Rule_ChaoxinOtherwise");
        assertThat(evaluate(new Facts(null, null, null, null, null, null)).ruleId())
                .isEqualTo("Rule_FactsNotVerified");
    }

    /** The form allows whole numbers only; a fractional count reaching the table is refused, not rounded. */
    @Test
    void aFractionalFakeTransactionCountIsRefused() {
        assertThatThrownBy(() -> evaluate(Facts.of("FAKE_TRANSACTIONS").count(499.5)))
                .isInstanceOf(DmnEngineException.class).hasMessageContaining("499.5");
    }

    /**
     * Pins today's behaviour: rules 7 and 8 test {@code not("FAKE_TRANSACTIONS","FAKE_REVIEWS","CHAOXIN_PLATFORM")},
     * so an absent or unknown category counts as other dishonesty and can reach the e-commerce blacklist.
     */
    @Test
    void anAbsentOrUnknownCategoryNeverLeadsToABlacklistRecommendation() {
        for (String category : Arrays.asList(null, "", "fake_transactions", "UNKNOWN")) {
            assertThat(evaluate(Facts.of(category).repeat(true))).as("category %s", category)
                    .isEqualTo(new Outcome("Rule_Otherwise", "KEY_ATTENTION"));
            assertThat(evaluate(Facts.of(category).amount(50_000.0))).as("category %s", category)
                    .isEqualTo(new Outcome("Rule_Otherwise", "KEY_ATTENTION"));
        }
    }

    // ------------------------------------------------------------------ properties

    /** 500 generated findings, fixed seed: the table agrees with the criteria as written in its descriptions. */
    @Test
    void generatedFindingsFollowTheCriteria() {
        Random random = new Random(20_250_601L);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Facts facts = Facts.random(random);
            Outcome outcome = evaluate(facts);
            assertThat(LIST_TYPES).as("list type for %s", facts).contains(outcome.listType());
            if (!Boolean.TRUE.equals(facts.factsVerified())) {
                assertThat(outcome.listType()).as("unverified %s", facts).isEqualTo("NOT_LISTED");
            }
            if (!outcome.listType().equals(expected(facts))) {
                disagreements.add(facts + " -> " + outcome);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The Action Plan's criteria written out in Java, independent of the table. */
    private static String expected(Facts facts) {
        if (!Boolean.TRUE.equals(facts.factsVerified())) {
            return "NOT_LISTED";
        }
        if (Boolean.TRUE.equals(facts.organizedPlatform())) {
            return "CHAOXIN_BLACKLIST";
        }
        boolean repeat = Boolean.TRUE.equals(facts.repeatOffence());
        boolean largeAmount = atLeast(facts.amountInvolved(), 50_000);
        if (CHAOXIN.contains(facts.category())) {
            boolean many = atLeast(facts.fakeTransactionCount(), 500);
            return repeat || many || largeAmount ? "CHAOXIN_BLACKLIST" : "KEY_ATTENTION";
        }
        return repeat || largeAmount ? "ECOMMERCE_BLACKLIST" : "KEY_ATTENTION";
    }

    private static boolean atLeast(Object number, double threshold) {
        return number != null && ((Number) number).doubleValue() >= threshold;
    }

    @Test
    void everyRuleDecidesAtLeastOneCase() {
        List<Supplier<Stream<Facts>>> families = List.of(DesignationCriteriaTest::factsNotVerified,
                DesignationCriteriaTest::organizedPlatform, DesignationCriteriaTest::chaoxinRepeatOffence,
                DesignationCriteriaTest::chaoxinManyFakeTransactions, DesignationCriteriaTest::chaoxinLargeAmount,
                DesignationCriteriaTest::chaoxinOtherwise, DesignationCriteriaTest::otherRepeatOffence,
                DesignationCriteriaTest::otherLargeAmount, DesignationCriteriaTest::otherwise);
        Set<String> decided = families.stream().flatMap(Supplier::get).map(facts -> evaluate(facts).ruleId())
                .collect(Collectors.toSet());

        assertThat(decided).containsExactlyInAnyOrderElementsOf(rulesInModel());
    }

    @Test
    void decisionSetsAHistoryTimeToLive() {
        Decision dmnDecision = model().getModelElementById(DECISION);

        assertThat(dmnDecision).as("decision " + DECISION).isNotNull();
        assertThat(dmnDecision.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive")
                .isNotBlank().matches("^[1-9]\\d*$");
    }

    private static List<String> rulesInModel() {
        return model().getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toList());
    }

    private static DmnModelInstance model() {
        try (InputStream dmn = resource()) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertDecided(Facts facts, String rule, String listType) {
        Outcome outcome = evaluate(facts);
        assertThat(outcome.ruleId()).as("deciding rule for %s", facts).isEqualTo(rule);
        assertThat(outcome.listType()).as("recommendedListType for %s", facts).isEqualTo(listType);
    }

    private static Outcome evaluate(Facts facts) {
        MATCHED.clear();
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, facts.variables());
        Object listType = result.getSingleResult().getSingleEntry();
        assertThat(MATCHED).as("hit policy FIRST: one matching rule for %s", facts).hasSize(1);
        return new Outcome(MATCHED.get(0), (String) listType);
    }

    private static Stream<String> everyCategory() {
        return Stream.concat(CHAOXIN.stream(), OTHER.stream());
    }

    record Outcome(String ruleId, String listType) {
    }

    /** The findings as the process passes them; numbers as Object to try Long, Integer and Double. */
    record Facts(Boolean factsVerified, String category, Boolean organizedPlatform, Boolean repeatOffence,
                 Object fakeTransactionCount, Object amountInvolved) {

        /** Verified facts of a category, nothing aggravating, no transactions, no amount. */
        static Facts of(String category) {
            return new Facts(true, category, false, false, 0L, 0.0);
        }

        static Facts random(Random random) {
            List<Boolean> yesNo = Arrays.asList(true, false, null);
            List<String> categories = new ArrayList<>(CHAOXIN);
            categories.addAll(OTHER);
            return new Facts(pick(random, yesNo), pick(random, categories), pick(random, yesNo),
                    pick(random, yesNo), pick(random, Arrays.asList(null, 0L, 499L, 500L, 499, 500, 500.0,
                            (long) random.nextInt(2_000), random.nextInt(2_000))),
                    pick(random, Arrays.asList(null, 0.0, 49_999.99, 50_000.0, 50_000L, 50_000, 49_999,
                            Math.round(random.nextDouble() * 10_000_000) / 100.0)));
        }

        private static <T> T pick(Random random, List<T> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        Facts verified(Boolean value) {
            return new Facts(value, category, organizedPlatform, repeatOffence, fakeTransactionCount, amountInvolved);
        }

        Facts organized(Boolean value) {
            return new Facts(factsVerified, category, value, repeatOffence, fakeTransactionCount, amountInvolved);
        }

        Facts repeat(Boolean value) {
            return new Facts(factsVerified, category, organizedPlatform, value, fakeTransactionCount, amountInvolved);
        }

        Facts count(Object value) {
            return new Facts(factsVerified, category, organizedPlatform, repeatOffence, value, amountInvolved);
        }

        Facts amount(Object value) {
            return new Facts(factsVerified, category, organizedPlatform, repeatOffence, fakeTransactionCount, value);
        }

        VariableMap variables() {
            return Variables.createVariables().putValue("factsVerified", factsVerified).putValue("category", category)
                    .putValue("organizedPlatform", organizedPlatform).putValue("repeatOffence", repeatOffence)
                    .putValue("fakeTransactionCount", fakeTransactionCount).putValue("amountInvolved", amountInvolved);
        }

        @Override
        public String toString() {
            return "verified=" + factsVerified + " " + category + " organized=" + organizedPlatform + " repeat="
                    + repeatOffence + " count=" + typed(fakeTransactionCount) + " amount=" + typed(amountInvolved);
        }

        private static String typed(Object number) {
            return number == null ? "null" : number + "(" + number.getClass().getSimpleName() + ")";
        }
    }
}

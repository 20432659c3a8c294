package cn.gov.baoji.credit.punishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.engine.DecisionTables;
import cn.gov.baoji.credit.security.Organisations;
import org.camunda.bpm.dmn.engine.DmnDecision;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decision {@code jointPunishmentMeasures} (hit policy COLLECT) on the standalone DMN engine: exactly which
 * measures each list type brings, that every unit is a member unit of the working group, that each unit's codes
 * are unique and fit the three slots of the report form, that only the association's measures are voluntary;
 * and {@link JointPunishmentPlan} built from the rows.
 */
class JointPunishmentMeasuresTest {

    static final String RESOURCE = "processes/joint-punishment-measures.dmn";
    static final String DECISION = JointPunishment.DECISION;

    static final String GUOFA_2016_33 = "《关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）";
    static final String BAOJI_PLAN = "《宝鸡市电子商务领域严重失信专项治理工作方案》";

    /** What a blacklisting brings, in table order: unit, code, voluntary. */
    static final List<Row> BLACKLIST_ROWS = List.of(
            new Row("market-regulation", "KEY_SUPERVISION", false),
            new Row("market-regulation", "HONOURS_RESTRICTED", false),
            new Row("customs", "CUSTOMS_CREDIT_DOWNGRADE", false),
            new Row("customs", "CUSTOMS_INSPECTION_RATE", false),
            new Row("public-security", "CRIME_INVESTIGATION", false),
            new Row("commerce", "DEMONSTRATION_EXCLUDED", false),
            new Row("commerce", "SUBSIDY_RESTRICTED", false),
            new Row("cyberspace", "ONLINE_INFORMATION_DISPOSAL", false),
            new Row("industry-it", "TELECOM_LICENCE_REVIEW", false),
            new Row("ecommerce-association", "SELF_DISCIPLINE", true));

    static final List<Row> KEY_ATTENTION_ROWS = List.of(
            new Row("market-regulation", "KEY_SUPERVISION", false),
            new Row("commerce", "SUBSIDY_RESTRICTED", false),
            new Row("ecommerce-association", "SELF_DISCIPLINE", true));

    static final Map<String, List<Row>> EXPECTED = Map.of(
            "CHAOXIN_BLACKLIST", BLACKLIST_ROWS,
            "ECOMMERCE_BLACKLIST", BLACKLIST_ROWS,
            "KEY_ATTENTION", KEY_ATTENTION_ROWS,
            "NOT_LISTED", List.of());

    private static final List<String> MATCHED = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(JointPunishmentMeasuresTest::recordMatch));
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
        InputStream stream = JointPunishmentMeasuresTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(stream).as(RESOURCE + " on the test classpath").isNotNull();
        return stream;
    }

    // ------------------------------------------------------------------ rows per list type

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListType.class)
    void eachListTypeBringsExactlyItsMeasuresInTableOrder(ListType listType) {
        List<Map<String, Object>> rows = rows(listType.name());

        assertThat(rows).extracting(Row::of).containsExactlyElementsOf(EXPECTED.get(listType.name()));
        assertThat(MATCHED).hasSameSizeAs(rows);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CHAOXIN_BLACKLIST", "ECOMMERCE_BLACKLIST"})
    void blacklistsBringTenMeasuresOfSevenUnits(String listType) {
        List<Map<String, Object>> rows = rows(listType);

        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(row -> row.get("memberUnit")).containsOnly("market-regulation", "customs",
                "public-security", "commerce", "cyberspace", "industry-it", "ecommerce-association");
        assertThat(rows.stream().map(row -> row.get("memberUnit")).distinct()).hasSize(7);
    }

    @Test
    void keyAttentionBringsOnlyTheLighterMeasures() {
        assertThat(rows("KEY_ATTENTION")).extracting(row -> row.get("memberUnit"), row -> row.get("measureCode"))
                .containsExactly(tuple("market-regulation", "KEY_SUPERVISION"), tuple("commerce", "SUBSIDY_RESTRICTED"),
                        tuple("ecommerce-association", "SELF_DISCIPLINE"));
    }

    @Test
    void keyAttentionMeasuresAreASubsetOfTheBlacklistMeasuresWithTheSameTexts() {
        assertThat(rows("CHAOXIN_BLACKLIST")).containsAll(rows("KEY_ATTENTION"));
        assertThat(rows("ECOMMERCE_BLACKLIST")).containsExactlyElementsOf(rows("CHAOXIN_BLACKLIST"));
    }

    @ParameterizedTest(name = "list type \"{0}\"")
    @ValueSource(strings = {"NOT_LISTED", "UNKNOWN", "", "key_attention", " CHAOXIN_BLACKLIST"})
    void notListedAndUnknownListTypesBringNoMeasure(String listType) {
        assertThat(rows(listType)).isEmpty();
        assertThat(MATCHED).isEmpty();
    }

    @Test
    void anAbsentListTypeBringsNoMeasure() {
        assertThat(rows(null)).isEmpty();
    }

    // ------------------------------------------------------------------ properties of every row

    static Stream<String> listedTypes() {
        return Arrays.stream(ListType.values()).filter(ListType::listed).map(Enum::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedTypes")
    void everyUnitIsAMemberUnitOfTheWorkingGroup(String listType) {
        Set<String> memberUnits = Organisations.MEMBER_UNITS.stream().map(Organisations.Organisation::id)
                .collect(Collectors.toSet());

        assertThat(rows(listType)).extracting(row -> (String) row.get("memberUnit")).isNotEmpty()
                .allSatisfy(unit -> assertThat(memberUnits).as("member units").contains(unit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedTypes")
    void measureCodesAreUniquePerUnit(String listType) {
        Map<String, List<Object>> codesByUnit = rows(listType).stream().collect(Collectors.groupingBy(
                row -> (String) row.get("memberUnit"), Collectors.mapping(row -> row.get("measureCode"),
                        Collectors.toList())));

        codesByUnit.forEach((unit, codes) -> assertThat(codes).as("codes of %s", unit).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat((String) code).matches("[A-Z][A-Z0-9_]*")));
    }

    /** Across the whole table a code means one measure of one unit, whatever the list type. */
    @Test
    void aMeasureCodeNamesTheSameMeasureOfTheSameUnitForEveryListType() {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        listedTypes().flatMap(listType -> rows(listType).stream()).forEach(row -> {
            Map<String, Object> earlier = byCode.putIfAbsent((String) row.get("measureCode"), row);
            if (earlier != null) {
                assertThat(row).as("code %s", row.get("measureCode")).isEqualTo(earlier);
            }
        });
        assertThat(byCode).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedTypes")
    void onlyTheEcommerceAssociationsMeasuresAreVoluntary(String listType) {
        List<Map<String, Object>> rows = rows(listType);

        assertThat(rows).extracting(row -> row.get("voluntary")).allSatisfy(voluntary ->
                assertThat(voluntary).isInstanceOf(Boolean.class));
        assertThat(rows).filteredOn(row -> Boolean.TRUE.equals(row.get("voluntary")))
                .extracting(row -> row.get("memberUnit")).isNotEmpty().containsOnly("ecommerce-association");
        assertThat(rows).filteredOn(row -> "ecommerce-association".equals(row.get("memberUnit")))
                .extracting(row -> row.get("voluntary")).containsOnly(true);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListType.class)
    void noUnitHasMoreMeasuresThanTheReportFormHasSlots(ListType listType) {
        Map<String, Long> measuresPerUnit = rows(listType.name()).stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("memberUnit"), Collectors.counting()));

        assertThat(PunishmentVariables.MEASURE_SLOTS).hasSize(3);
        assertThat(measuresPerUnit.values()).allSatisfy(count ->
                assertThat(count).isLessThanOrEqualTo(PunishmentVariables.MEASURE_SLOTS.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedTypes")
    void everyMeasureHasAChineseTextAndALegalBasis(String listType) {
        assertThat(rows(listType)).allSatisfy(row -> {
            assertThat((String) row.get("measure")).as("measure %s", row.get("measureCode")).isNotBlank()
                    .matches(JointPunishmentMeasuresTest::chinese);
            assertThat((String) row.get("legalBasis")).as("basis of %s", row.get("measureCode")).isNotBlank()
                    .contains("《");
        });
    }

    @Test
    void theNationalMeasuresCiteGuofa2016No33AndTheLocalOnesTheBaojiPlan() {
        Map<String, Object> basisByCode = rows("CHAOXIN_BLACKLIST").stream()
                .collect(Collectors.toMap(row -> (String) row.get("measureCode"), row -> row.get("legalBasis")));

        assertThat(basisByCode).containsEntry("KEY_SUPERVISION", GUOFA_2016_33)
                .containsEntry("CUSTOMS_CREDIT_DOWNGRADE", GUOFA_2016_33)
                .containsEntry("CRIME_INVESTIGATION", BAOJI_PLAN)
                .containsEntry("TELECOM_LICENCE_REVIEW", BAOJI_PLAN);
        assertThat((String) basisByCode.get("ONLINE_INFORMATION_DISPOSAL")).contains("电子商务法");
        assertThat((String) basisByCode.get("SELF_DISCIPLINE")).contains("协会章程");
    }

    @Test
    void everyRuleOfTheTableIsReachableAndTheTableCollects() {
        Set<String> matched = new HashSet<>();
        listedTypes().forEach(listType -> {
            rows(listType);
            matched.addAll(MATCHED);
        });
        DmnModelInstance model = model();
        DecisionTable table = (DecisionTable) ((Decision) model.getModelElementById(DECISION)).getExpression();

        assertThat(matched).containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(Rule.class).stream()
                .map(Rule::getId).toList());
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.getAggregation()).isNull();
        assertThat(table.getOutputs()).extracting(Output::getName, Output::getTypeRef).containsExactly(
                tuple("memberUnit", "string"), tuple("measureCode", "string"), tuple("measure", "string"),
                tuple("legalBasis", "string"), tuple("voluntary", "boolean"));
    }

    // ------------------------------------------------------------------ JointPunishmentPlan

    @Test
    void aPlanOfABlacklistingListsTheUnitsInTableOrder() {
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows("CHAOXIN_BLACKLIST"));

        assertThat(plan.units()).containsExactly("market-regulation", "customs", "public-security", "commerce",
                "cyberspace", "industry-it", "ecommerce-association");
    }

    @Test
    void aPlanOfKeyAttentionListsThreeUnits() {
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows("KEY_ATTENTION"));

        assertThat(plan.units()).containsExactly("market-regulation", "commerce", "ecommerce-association");
        assertThat(plan.measuresOf("customs")).isEmpty();
        assertThat(plan.describe("customs")).isEmpty();
    }

    @Test
    void aPlanOfNoRowsHasNoUnit() {
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows("NOT_LISTED"));

        assertThat(plan.units()).isEmpty();
        assertThat(plan.measuresOf("commerce")).isEmpty();
        assertThat(plan.describe("commerce")).isEmpty();
    }

    @Test
    void measuresOfAUnitAreItsRowsInTableOrder() {
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows("ECOMMERCE_BLACKLIST"));

        assertThat(plan.measuresOf("commerce")).containsExactly(
                new PunishmentMeasure("commerce", "DEMONSTRATION_EXCLUDED", "取消电子商务示范企业、示范基地申报资格",
                        BAOJI_PLAN, false),
                new PunishmentMeasure("commerce", "SUBSIDY_RESTRICTED", "限制申请财政补贴和政策扶持", GUOFA_2016_33,
                        false));
        assertThat(plan.measuresOf("ecommerce-association")).singleElement()
                .extracting(PunishmentMeasure::measureCode, PunishmentMeasure::voluntary)
                .containsExactly("SELF_DISCIPLINE", true);
        assertThat(plan.measuresOf("drc")).isEmpty();
    }

    @Test
    void describeGivesOneLinePerMeasureWithItsBasis() {
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows("CHAOXIN_BLACKLIST"));

        assertThat(plan.describe("market-regulation")).isEqualTo(
                "列为重点监管对象，提高抽查比例和频次 — " + GUOFA_2016_33 + "\n限制参评表彰奖励 — " + GUOFA_2016_33);
        assertThat(plan.describe("public-security")).isEqualTo("对涉嫌犯罪的依法立案侦查 — " + BAOJI_PLAN);
    }

    /** Every unit of every plan: measuresOf gives its rows, describe one line for each, and the units cover all. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ListType.class)
    void aPlanAgreesWithItsRows(ListType listType) {
        List<Map<String, Object>> rows = rows(listType.name());
        JointPunishmentPlan plan = JointPunishmentPlan.from(rows);

        assertThat(plan.units()).doesNotHaveDuplicates();
        assertThat(plan.units().stream().mapToInt(unit -> plan.measuresOf(unit).size()).sum()).isEqualTo(rows.size());
        for (String unit : plan.units()) {
            List<PunishmentMeasure> measures = plan.measuresOf(unit);
            assertThat(measures).isNotEmpty().allSatisfy(m -> assertThat(m.memberUnit()).isEqualTo(unit));
            assertThat(plan.describe(unit).split("\n")).hasSameSizeAs(measures);
        }
    }

    /**
     * Generated row lists (units and codes drawn at random, rows shuffled): units come in order of first
     * appearance, measuresOf keeps row order, and an absent or non-boolean voluntary counts as false.
     */
    @Test
    void generatedRowsGiveUnitsInOrderOfFirstAppearance() {
        Random random = new Random(33L);
        List<String> units = Organisations.MEMBER_UNITS.stream().map(Organisations.Organisation::id).toList();
        for (int round = 0; round < 200; round++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int size = random.nextInt(12);
            for (int i = 0; i < size; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("memberUnit", units.get(random.nextInt(units.size())));
                row.put("measureCode", "M" + i);
                row.put("measure", "措施" + i);
                row.put("legalBasis", "依据" + i);
                row.put("voluntary", List.of(true, false, "true", 1).get(random.nextInt(4)));
                if (random.nextInt(5) == 0) {
                    row.remove("voluntary");
                }
                rows.add(row);
            }

            JointPunishmentPlan plan = JointPunishmentPlan.from(rows);

            List<String> firstAppearance = rows.stream().map(row -> (String) row.get("memberUnit")).distinct()
                    .toList();
            assertThat(plan.units()).as("round %d", round).containsExactlyElementsOf(firstAppearance);
            for (String unit : plan.units()) {
                List<Map<String, Object>> ofUnit = rows.stream().filter(row -> unit.equals(row.get("memberUnit")))
                        .toList();
                assertThat(plan.measuresOf(unit)).extracting(PunishmentMeasure::measureCode, PunishmentMeasure::voluntary)
                        .containsExactlyElementsOf(ofUnit.stream().map(row -> tuple(row.get("measureCode"),
                                Boolean.TRUE.equals(row.get("voluntary")))).toList());
                assertThat(plan.describe(unit)).isEqualTo(ofUnit.stream()
                        .map(row -> row.get("measure") + " — " + row.get("legalBasis"))
                        .collect(Collectors.joining("\n")));
            }
        }
    }

    /** {@link JointPunishment#plan} as the listeners call it, on this table through a standalone engine. */
    @Test
    void jointPunishmentPlansFromTheTable() {
        Map<String, Object> lastInputs = new LinkedHashMap<>();
        DecisionTables tables = (key, inputs) -> {
            assertThat(key).isEqualTo(DECISION);
            lastInputs.putAll(inputs);
            return engine.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getResultList();
        };
        JointPunishment jointPunishment = new JointPunishment(tables);

        assertThat(jointPunishment.plan("KEY_ATTENTION").units()).containsExactly("market-regulation", "commerce",
                "ecommerce-association");
        assertThat(lastInputs).containsExactly(Map.entry("listType", "KEY_ATTENTION"));
        assertThat(jointPunishment.plan("NOT_LISTED").units()).isEmpty();
        assertThat(jointPunishment.plan("CHAOXIN_BLACKLIST").measuresOf("customs")).hasSize(2);
    }

    // ------------------------------------------------------------------ helpers

    private static List<Map<String, Object>> rows(String listType) {
        MATCHED.clear();
        return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("listType", listType))
                .getResultList();
    }

    private static DmnModelInstance model() {
        try (InputStream dmn = resource()) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The identifying part of a row. */
    record Row(String memberUnit, String measureCode, boolean voluntary) {

        static Row of(Map<String, Object> row) {
            return new Row((String) row.get("memberUnit"), (String) row.get("measureCode"),
                    (Boolean) row.get("voluntary"));
        }
    }
}

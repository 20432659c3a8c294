package cn.gov.baoji.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DMN files {@code processes/listing-period.dmn} and {@code processes/joint-punishment-measures.dmn}
 * themselves: valid DMN 1.3 as Camunda Modeler writes it (with a diagram shape for the decision, so Modeler
 * opens it), a history time to live, and a real deployment on an engine that keeps full history and enforces the
 * time to live, evaluated with the inputs the code passes ({@code decisionDate} a {@link LocalDate}).
 */
class DecisionModelsTest {

    private static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";

    /** Resource, decision id, hit policy. */
    record Table(String resource, String decision, HitPolicy hitPolicy) {

        @Override
        public String toString() {
            return resource;
        }
    }

    static final Table LISTING_PERIOD = new Table("processes/listing-period.dmn", "listingPeriod", HitPolicy.UNIQUE);
    static final Table JOINT_PUNISHMENT = new Table("processes/joint-punishment-measures.dmn",
            "jointPunishmentMeasures", HitPolicy.COLLECT);

    private static ProcessEngine engine;

    static Stream<Table> tables() {
        return Stream.of(LISTING_PERIOD, JOINT_PUNISHMENT);
    }

    @BeforeAll
    static void deployBoth() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration();
        configuration.setEnforceHistoryTimeToLive(true);
        engine = configuration.setProcessEngineName("decisionModelsTest")
                .setJdbcUrl("jdbc:h2:mem:decision-models-test")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setMetricsEnabled(false)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("decision-models")
                .addClasspathResource(LISTING_PERIOD.resource()).addClasspathResource(JOINT_PUNISHMENT.resource())
                .deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    // ------------------------------------------------------------------ the files

    @Test
    void bothFilesAreDeployedFromTheProcessesFolder() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.dmn");

        assertThat(Arrays.stream(found).map(Resource::getFilename)).contains("listing-period.dmn",
                "joint-punishment-measures.dmn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void isValidDmn13WithADecisionTableOfTheExpectedHitPolicy(Table table) {
        DmnModelInstance model = read(table);
        Dmn.validateModel(model);

        assertThat(model.getDocument().getRootElement().getNamespaceURI()).isEqualTo(DMN13_NS);
        assertThat(model.getModelElementsByType(Decision.class)).extracting(Decision::getId)
                .containsExactly(table.decision());
        Decision decision = model.getModelElementById(table.decision());
        assertThat(decision.getName()).isNotBlank().matches(DecisionModelsTest::chinese);
        assertThat(decision.getVersionTag()).isEqualTo("1.0");
        assertThat(decision.getDescription()).isNotNull();
        assertThat(decision.getExpression()).isInstanceOf(DecisionTable.class);
        assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(table.hitPolicy());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void setsAHistoryTimeToLive(Table table) {
        Decision decision = read(table).getModelElementById(table.decision());

        assertThat(decision.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive").isNotBlank()
                .matches("^[1-9]\\d*$").isEqualTo("1825");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void inputsAndOutputsHaveChineseAndEnglishLabels(Table table) {
        DecisionTable decisionTable = (DecisionTable) ((Decision) read(table).getModelElementById(table.decision()))
                .getExpression();

        assertThat(decisionTable.getInputs()).extracting(Input::getLabel)
                .allMatch(DecisionModelsTest::bilingual);
        assertThat(decisionTable.getOutputs()).extracting(Output::getLabel)
                .allMatch(DecisionModelsTest::bilingual);
        assertThat(decisionTable.getInputs()).first()
                .extracting(input -> input.getInputExpression().getText().getTextContent()).isEqualTo("listType");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void hasADiagramShapeForTheDecisionSoModelerOpensIt(Table table) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream dmn = resource(table)) {
            document = factory.newDocumentBuilder().parse(dmn);
        }
        List<Element> shapes = elements(document.getElementsByTagNameNS(DMNDI_NS, "DMNShape"));

        assertThat(document.getElementsByTagNameNS(DMNDI_NS, "DMNDiagram").getLength()).isEqualTo(1);
        assertThat(shapes).extracting(shape -> shape.getAttribute("dmnElementRef"))
                .containsExactly(table.decision());
        List<Element> bounds = elements(shapes.get(0).getElementsByTagNameNS(DC_NS, "Bounds"));
        assertThat(bounds).singleElement().satisfies(b -> {
            assertThat(Double.parseDouble(b.getAttribute("width"))).isPositive();
            assertThat(Double.parseDouble(b.getAttribute("height"))).isPositive();
        });
    }

    // ------------------------------------------------------------------ deployed

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void deploysToAnEngineThatEnforcesHistoryTimeToLive(Table table) {
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(table.decision()).singleResult();

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
        assertThat(definition.getVersionTag()).isEqualTo("1.0");
        assertThat(definition.getResourceName()).isEqualTo(table.resource());
    }

    /**
     * What ListingPeriods does in production: the engine's decision service with a {@link LocalDate}; the
     * engine keeps full history, so the input is also written to the history of the decision.
     */
    @Test
    void listingPeriodEvaluatesADecisionDateGivenAsLocalDateOnTheEngine() {
        LocalDate decided = LocalDate.of(2026, 3, 10);
        List<Map<String, Object>> rows = engine.getDecisionService().evaluateDecisionTableByKey("listingPeriod")
                .variables(Map.of("listType", "CHAOXIN_BLACKLIST", "decisionDate", decided))
                .evaluate().getResultList();

        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("validityMonths", 36).containsEntry("minimumMonthsBeforeRepair", 12)
                .containsEntry("ruleVersion", "BJ-2026-1"));

        HistoricDecisionInstance history = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("listingPeriod").includeInputs().list().stream()
                .filter(h -> h.getInputs().stream().anyMatch(i -> decided.equals(i.getValue()))).findFirst()
                .orElseThrow();
        assertThat(history.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
                .contains("CHAOXIN_BLACKLIST", decided);
    }

    @Test
    void listingPeriodOnTheEngineHasNoRuleBefore2017AndOneOfTheOldVersionOnItsLastDay() {
        assertThat(evaluateListingPeriod("KEY_ATTENTION", LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(evaluateListingPeriod("KEY_ATTENTION", LocalDate.of(2025, 12, 31))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("ruleVersion", "BJ-2017-1")
                        .containsEntry("validityMonths", 12).containsEntry("minimumMonthsBeforeRepair", 3));
        assertThat(evaluateListingPeriod("NOT_LISTED", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void jointPunishmentMeasuresCollectsTheRowsOfAListTypeOnTheEngine() {
        List<Map<String, Object>> rows = engine.getDecisionService()
                .evaluateDecisionTableByKey("jointPunishmentMeasures")
                .variables(Map.of("listType", "KEY_ATTENTION")).evaluate().getResultList();

        assertThat(rows).extracting(row -> row.get("memberUnit")).containsExactly("market-regulation", "commerce",
                "ecommerce-association");
        assertThat(rows).extracting(row -> row.get("voluntary")).containsExactly(false, false, true);
        assertThat(engine.getDecisionService().evaluateDecisionTableByKey("jointPunishmentMeasures")
                .variables(Map.of("listType", "NOT_LISTED")).evaluate().getResultList()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static List<Map<String, Object>> evaluateListingPeriod(String listType, LocalDate date) {
        return engine.getDecisionService().evaluateDecisionTableByKey("listingPeriod")
                .variables(Map.of("listType", listType, "decisionDate", date)).evaluate().getResultList();
    }

    private static InputStream resource(Table table) {
        InputStream stream = DecisionModelsTest.class.getClassLoader().getResourceAsStream(table.resource());
        assertThat(stream).as(table.resource() + " on the test classpath").isNotNull();
        return stream;
    }

    private static DmnModelInstance read(Table table) {
        try (InputStream dmn = resource(table)) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .collect(Collectors.toList());
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Some Chinese and some Latin letters: the tables are read by county staff and by developers. */
    private static boolean bilingual(String text) {
        return text != null && chinese(text) && text.matches("(?s).*[A-Za-z]{3,}.*");
    }
}

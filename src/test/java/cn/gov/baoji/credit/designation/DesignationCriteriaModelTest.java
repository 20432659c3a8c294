package cn.gov.baoji.credit.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The file {@code processes/designation-criteria.dmn} itself: valid DMN 1.3 as Camunda Modeler writes it (with a
 * diagram), the public names the process relies on, a history time to live, and a real deployment.
 */
class DesignationCriteriaModelTest {

    private static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";

    @Test
    void isValidDmn13WithTheNamesTheProcessUses() {
        DmnModelInstance model = read();
        Dmn.validateModel(model);

        assertThat(model.getDocument().getRootElement().getNamespaceURI()).isEqualTo(DMN13_NS);
        Decision decision = model.getModelElementById(DesignationCriteriaTest.DECISION);
        assertThat(decision.getName()).isEqualTo("认定标准");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");

        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent(),
                        input -> input.getInputExpression().getTypeRef())
                .containsExactly(tuple("factsVerified", "boolean"), tuple("category", "string"),
                        tuple("organizedPlatform", "boolean"), tuple("repeatOffence", "boolean"),
                        tuple("fakeTransactionCount", "long"), tuple("amountInvolved", "double"));
        assertThat(table.getOutputs()).extracting(Output::getName, Output::getTypeRef)
                .containsExactly(tuple("recommendedListType", "string"));
        assertThat(table.getInputs()).extracting(Input::getLabel).allMatch(DesignationCriteriaModelTest::bilingual);
    }

    @Test
    void rulesAreInTheAgreedOrderAndEachSaysWhyInChineseAndEnglish() {
        List<Rule> rules = List.copyOf(read().getModelElementsByType(Rule.class));

        assertThat(rules).extracting(Rule::getId).containsExactly("Rule_FactsNotVerified", "Rule_OrganizedPlatform",
                "Rule_ChaoxinRepeatOffence", "Rule_ChaoxinManyFakeTransactions", "Rule_ChaoxinLargeAmount",
                "Rule_ChaoxinOtherwise", "Rule_OtherRepeatOffence", "Rule_OtherLargeAmount", "Rule_Otherwise");
        assertThat(rules).extracting(rule -> rule.getOutputEntries().iterator().next().getTextContent())
                .containsExactly("\"NOT_LISTED\"", "\"CHAOXIN_BLACKLIST\"", "\"CHAOXIN_BLACKLIST\"",
                        "\"CHAOXIN_BLACKLIST\"", "\"CHAOXIN_BLACKLIST\"", "\"KEY_ATTENTION\"",
                        "\"ECOMMERCE_BLACKLIST\"", "\"ECOMMERCE_BLACKLIST\"", "\"KEY_ATTENTION\"");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull()
                .extracting(description -> description.getTextContent())
                .matches(DesignationCriteriaModelTest::bilingual));
    }

    @Test
    void hasADiagramShapeForTheDecisionSoModelerOpensIt() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream dmn = DesignationCriteriaTest.resource()) {
            document = factory.newDocumentBuilder().parse(dmn);
        }
        NodeList shapes = document.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
        List<String> shapeRefs = elements(shapes).stream().map(shape -> shape.getAttribute("dmnElementRef"))
                .collect(Collectors.toList());
        assertThat(document.getElementsByTagNameNS(DMNDI_NS, "DMNDiagram").getLength()).isEqualTo(1);
        assertThat(shapeRefs).containsExactly(DesignationCriteriaTest.DECISION);
        assertThat(elements(shapes).get(0).getElementsByTagNameNS(DC_NS, "Bounds").getLength()).isEqualTo(1);
    }

    @Test
    void deploysToAnEngineThatEnforcesHistoryTimeToLive() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration();
        configuration.setEnforceHistoryTimeToLive(true);
        ProcessEngine engine = configuration.setProcessEngineName("designationCriteriaModelTest")
                .setJdbcUrl("jdbc:h2:mem:designation-criteria-model-test")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setMetricsEnabled(false)
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().name("designation-criteria")
                    .addClasspathResource(DesignationCriteriaTest.RESOURCE).deploy();
            DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                    .decisionDefinitionKey(DesignationCriteriaTest.DECISION).singleResult();
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
            assertThat(definition.getVersionTag()).isEqualTo("1.0");

            Object listType = engine.getDecisionService()
                    .evaluateDecisionTableByKey(DesignationCriteriaTest.DECISION)
                    .variables(Variables.createVariables().putValue("factsVerified", true)
                            .putValue("category", "FAKE_TRANSACTIONS").putValue("organizedPlatform", false)
                            .putValue("repeatOffence", false).putValue("fakeTransactionCount", 800L)
                            .putValue("amountInvolved", 1200.0))
                    .evaluate().getSingleEntry();
            assertThat(listType).isEqualTo("CHAOXIN_BLACKLIST");
        } finally {
            engine.close();
        }
    }

    private static DmnModelInstance read() {
        try (InputStream dmn = DesignationCriteriaTest.resource()) {
            return Dmn.readModelFromStream(dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .collect(Collectors.toList());
    }

    /** Some Chinese and some Latin letters: the table is read by county staff and by developers. */
    private static boolean bilingual(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) && text.matches("(?s).*[A-Za-z]{3,}.*");
    }
}

package cn.gov.baoji.credit.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.baoji.credit.engine.ProcessVariable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms as the engine deploys them ({@code classpath*:forms/**}{@code /*.form}) and as Tasklist 7.24
 * renders them. camunda-webapp-webjar 7.24.0 bundles form-js 1.9 ({@code lib/deps.js}: {@code schemaVersion=16},
 * no {@code filepicker}, no form {@code versionTag}), so the forms stay within schema version {@value #SCHEMA_VERSION}
 * and a small set of components. Field keys are process variables and public names: each form's keys are listed
 * here, so a renamed key fails the build.
 */
class FormsTest {

    static final int SCHEMA_VERSION = 16;

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
            "select", "datetime");
    private static final Set<String> COMPONENT_TYPES = union(INPUT_TYPES, Set.of("text", "group"));
    /** What the form-js 1.9 validator reads; anything else would be silently ignored in Tasklist. */
    private static final Set<String> VALIDATIONS = Set.of("required", "minLength", "maxLength", "min", "max",
            "pattern", "validationType");
    private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "and", "or", "not", "null", "true",
            "false");
    private static final Pattern LOWER_CAMEL = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "cn.gov.baoji.credit.";

    // ------------------------------------------------------------------ the public names of each form

    static Stream<Arguments> keysOfEachForm() {
        return Stream.of(
                Arguments.of("registerComplaint", Map.ofEntries(Map.entry("channel", "select"),
                        Map.entry("reporterName", "textfield"), Map.entry("reporterPhone", "textfield"),
                        Map.entry("reporterEmail", "textfield"), Map.entry("reporterOrganization", "textfield"),
                        Map.entry("subjectType", "select"), Map.entry("subjectName", "textfield"),
                        Map.entry("subjectCreditCode", "textfield"), Map.entry("subjectIdNumber", "textfield"),
                        Map.entry("subjectDistrictCode", "select"), Map.entry("subjectPlatform", "textfield"),
                        Map.entry("subjectStoreName", "textfield"), Map.entry("subjectStoreUrl", "textfield"),
                        Map.entry("category", "select"), Map.entry("description", "textarea"),
                        Map.entry("occurredFrom", "datetime"), Map.entry("occurredTo", "datetime")), Set.of()),
                Arguments.of("triageComplaint", Map.of("countyCode", "select", "triageDecision", "radio",
                        "triageComment", "textarea", "duplicateOf", "textfield"),
                        Set.of("caseNumber", "category", "subjectName", "complaintSummary")),
                Arguments.of("investigateSubject", Map.of("factsVerified", "checkbox", "fakeTransactionCount",
                        "number", "amountInvolved", "number", "repeatOffence", "checkbox", "organizedPlatform",
                        "checkbox", "findings", "textarea"), Set.of("caseNumber", "subjectName", "subjectCreditCode",
                        "registrationStatus", "complaintSummary")),
                Arguments.of("designateSubject", Map.of("listType", "select", "designationJustification", "textarea",
                        "designationBasis", "textarea", "legalRepresentative", "textfield", "servicePhone",
                        "textfield", "serviceEmail", "textfield"),
                        Set.of("caseNumber", "subjectName", "registrationStatus", "findings",
                                "recommendedListType")),
                Arguments.of("reviewStatement", Map.of("statementOutcome", "radio", "revisedListType", "select",
                        "statementReviewReasons", "textarea"), Set.of("caseNumber", "subjectName", "listType",
                        "designationBasis", "statementReceivedOn", "statementText")),
                Arguments.of("reviewObjection", Map.of("objectionOutcome", "radio", "correctedListType", "select",
                        "correctedBasis", "textarea", "objectionReasons", "textarea"),
                        Set.of("caseNumber", "subjectName", "listType", "objectionText")),
                Arguments.of("reportMeasures", Map.of("measure1Applied", "checkbox", "measure2Applied", "checkbox",
                        "measure3Applied", "checkbox", "measuresAppliedOn", "datetime", "measuresDocumentReference",
                        "textfield", "measuresNote", "textarea"), Set.of("caseNumber", "subjectName", "listType",
                        "validUntil", "memberUnitName", "measuresOffered", "measure1", "measure2", "measure3")),
                Arguments.of("approvePublication", Map.of("publicationDecision", "radio", "heldBackEntries", "textarea"),
                        Set.of("batchId", "itemCount", "batchSummary")),
                Arguments.of("publicityExposure", Map.of("exposureOutlet", "textfield", "exposureDate", "datetime",
                        "exposureLink", "textfield"), Set.of("batchId", "itemCount")),
                Arguments.of("proposeDesignation", Map.ofEntries(Map.entry("reporterName", "textfield"),
                        Map.entry("reporterPhone", "textfield"), Map.entry("reporterEmail", "textfield"),
                        Map.entry("reporterOrganization", "textfield"), Map.entry("subjectType", "select"),
                        Map.entry("subjectName", "textfield"), Map.entry("subjectCreditCode", "textfield"),
                        Map.entry("subjectIdNumber", "textfield"), Map.entry("subjectDistrictCode", "select"),
                        Map.entry("subjectPlatform", "textfield"), Map.entry("subjectStoreName", "textfield"),
                        Map.entry("subjectStoreUrl", "textfield"), Map.entry("category", "select"),
                        Map.entry("description", "textarea"), Map.entry("occurredFrom", "datetime"),
                        Map.entry("occurredTo", "datetime"), Map.entry("proposedListType", "select"),
                        Map.entry("fakeTransactionCount", "number"), Map.entry("amountInvolved", "number"),
                        Map.entry("repeatOffence", "checkbox"), Map.entry("organizedPlatform", "checkbox")), Set.of()),
                Arguments.of("reviewCreditRepair", Map.of("repairOutcome", "radio", "repairReasons", "textarea"),
                        Set.of("repairApplicationId", "subjectName", "listName", "listedOn", "listingBasis",
                                "repairEligibleFrom", "commitment", "penaltiesFulfilled", "trainingStatement",
                                "evidenceSummary")),
                Arguments.of("scheduleTrainingSession", Map.of("sessionDate", "datetime", "sessionTime", "textfield",
                        "sessionPlace", "textfield", "sessionCapacity", "number", "invitationChoice", "radio",
                        "invitedSubjects", "textarea"), Set.of("awaitingCount", "awaitingSubjects")),
                Arguments.of("recordTrainingAttendance", Map.of("attendanceRecord", "radio", "absentSubjects",
                        "textarea"), Set.of("sessionDate", "sessionTime", "sessionPlace", "invitedCount",
                        "inviteeList")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keysOfEachForm")
    void formHasExactlyTheseInputsAndShowsTheseVariables(String formId, Map<String, String> inputs,
                                                          Set<String> shown) {
        JsonNode form = form(formId);

        Map<String, String> actual = new LinkedHashMap<>();
        inputs(form).forEach(input -> actual.put(input.path("key").asText(), input.path("type").asText()));
        assertThat(actual).as("inputs (key -> type) of %s", formId).containsExactlyInAnyOrderEntriesOf(inputs);
        assertThat(inputs(form)).as("inputs are not disabled: a disabled field is not submitted")
                .noneMatch(input -> input.path("disabled").asBoolean(false));
        assertThat(templateVariables(form)).as("variables shown by %s", formId)
                .containsExactlyInAnyOrderElementsOf(shown);
    }

    /** STYLE §7: every key and every variable shown is declared in the owning modules' Variables classes. */
    static Stream<Arguments> declaringClasses() {
        return Stream.of(
                Arguments.of("registerComplaint", List.of("intake.IntakeVariables")),
                Arguments.of("triageComplaint", List.of("casefile.CaseVariables", "triage.TriageVariables")),
                Arguments.of("investigateSubject", List.of("casefile.CaseVariables",
                        "investigation.InvestigationVariables")),
                Arguments.of("designateSubject", List.of("casefile.CaseVariables",
                        "investigation.InvestigationVariables", "designation.DesignationVariables")),
                Arguments.of("reviewStatement", List.of("casefile.CaseVariables", "designation.DesignationVariables",
                        "listing.ListingVariables")),
                Arguments.of("reviewObjection", List.of("casefile.CaseVariables", "designation.DesignationVariables",
                        "listing.ListingVariables")),
                Arguments.of("reportMeasures", List.of("casefile.CaseVariables", "designation.DesignationVariables",
                        "listing.ListingVariables", "punishment.PunishmentVariables")),
                Arguments.of("approvePublication", List.of("publication.PublicationVariables")),
                Arguments.of("publicityExposure", List.of("publication.PublicationVariables")),
                Arguments.of("reviewCreditRepair", List.of("repair.RepairVariables")),
                Arguments.of("proposeDesignation", List.of("intake.IntakeVariables")),
                Arguments.of("scheduleTrainingSession", List.of("training.TrainingVariables")),
                Arguments.of("recordTrainingAttendance", List.of("training.TrainingVariables")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaringClasses")
    void everyVariableIsDeclaredInTheModulesVariables(String formId, List<String> classNames) throws Exception {
        Set<String> declared = new HashSet<>();
        for (String className : classNames) {
            declared.addAll(declaredVariables(Class.forName(BASE + className)));
        }
        JsonNode form = form(formId);
        Set<String> used = new HashSet<>(templateVariables(form));
        inputs(form).forEach(input -> used.add(input.path("key").asText()));

        assertThat(declared).as("declared in %s", classNames).containsAll(used);
    }

    // ------------------------------------------------------------------ every form file

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void headerIsAsModelerWritesItAndFileNameIsTheKebabCaseOfTheId(String fileName, JsonNode form) {
        String id = form.path("id").asText();

        assertThat(id).matches(LOWER_CAMEL);
        assertThat(fileName).isEqualTo(kebab(id) + ".form");
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("schemaVersion").isInt()).isTrue();
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(SCHEMA_VERSION);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
        assertThat(form.path("exporter").path("version").asText()).matches("^\\d+\\.\\d+\\.\\d+$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void componentsAreOfTheSupportedSetWithUniqueIds(String fileName, JsonNode form) {
        List<JsonNode> components = components(form);

        assertThat(components).isNotEmpty();
        assertThat(components).extracting(c -> c.path("type").asText()).allMatch(COMPONENT_TYPES::contains);
        assertThat(components).extracting(c -> c.path("id").asText()).allMatch(id -> !id.isBlank())
                .doesNotHaveDuplicates();
        assertThat(components).allSatisfy(c -> assertThat(fieldNames(c.path("validate")))
                .as("validate of %s", c.path("id").asText()).isSubsetOf(VALIDATIONS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void inputsHaveLowerCamelKeysAndChineseLabels(String fileName, JsonNode form) {
        List<JsonNode> inputs = inputs(form);

        assertThat(inputs).isNotEmpty().allSatisfy(input -> {
            assertThat(input.path("key").asText()).as("key of %s", input.path("id").asText()).matches(LOWER_CAMEL);
            assertThat(label(input)).as("label of %s", input.path("id").asText()).containsPattern(HAN);
        });
        assertThat(inputs).extracting(input -> input.path("key").asText()).doesNotHaveDuplicates();
        assertThat(components(form)).filteredOn(c -> c.path("type").asText().equals("group"))
                .allSatisfy(group -> assertThat(group.path("label").asText()).containsPattern(HAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void choicesHaveUniqueValuesWithChineseLabels(String fileName, JsonNode form) {
        List<JsonNode> choices = inputs(form).stream()
                .filter(c -> Set.of("select", "radio").contains(c.path("type").asText())).toList();

        assertThat(choices).allSatisfy(choice -> {
            List<JsonNode> values = elements(choice.path("values"));
            assertThat(values).as("values of %s", choice.path("id").asText()).isNotEmpty();
            assertThat(values).extracting(v -> v.path("value").asText()).allMatch(v -> v.matches("^[A-Z0-9_]+$"))
                    .doesNotHaveDuplicates();
            assertThat(values).extracting(v -> v.path("label").asText()).allMatch(l -> HAN.matcher(l).find())
                    .doesNotHaveDuplicates();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void hideConditionsAreFeelOnVariablesAndChoicesOfTheForm(String fileName, JsonNode form) {
        Set<String> variables = inputs(form).stream().map(c -> c.path("key").asText())
                .collect(Collectors.toCollection(HashSet::new));
        variables.addAll(templateVariables(form));
        Set<String> choices = inputs(form).stream().flatMap(c -> elements(c.path("values")).stream())
                .map(v -> v.path("value").asText()).collect(Collectors.toSet());

        assertThat(components(form)).filteredOn(c -> c.has("conditional")).allSatisfy(c -> {
            String hide = c.path("conditional").path("hide").asText();
            assertThat(hide).as("hide of %s", c.path("id").asText()).startsWith("=");
            assertThat(literals(hide)).isSubsetOf(choices);
            assertThat(identifiers(hide.substring(1))).isNotEmpty().isSubsetOf(variables);
        });
    }

    // ------------------------------------------------------------------ what a field applies to

    @Test
    void fieldsThatApplyToOneChoiceAreHiddenOtherwise() {
        assertThat(hide("registerComplaint", "subjectCreditCode")).isEqualTo("=subjectType = \"NATURAL_PERSON\"");
        assertThat(hide("registerComplaint", "subjectIdNumber")).isEqualTo("=subjectType != \"NATURAL_PERSON\"");
        assertThat(hide("triageComplaint", "triageComment")).isEqualTo("=triageDecision = \"ACCEPT\"");
        assertThat(hide("triageComplaint", "duplicateOf")).isEqualTo("=triageDecision != \"DUPLICATE\"");
        assertThat(hide("scheduleTrainingSession", "invitedSubjects")).isEqualTo("=invitationChoice != \"SELECTED\"");
        assertThat(hide("recordTrainingAttendance", "absentSubjects")).isEqualTo("=attendanceRecord != \"SOME_ABSENT\"");
        assertThat(components(form("designateSubject"))).filteredOn(c -> c.path("type").asText().equals("text"))
                .extracting(c -> c.path("conditional").path("hide").asText())
                .as("the justification hint shows only when the county departs from the recommendation")
                .contains("=listType = null or listType = recommendedListType");
    }

    @Test
    void numbersAreNonNegativeAndCountsWhole() {
        JsonNode count = input("investigateSubject", "fakeTransactionCount");
        JsonNode amount = input("investigateSubject", "amountInvolved");

        assertThat(count.path("decimalDigits").asInt(-1)).isZero();
        assertThat(amount.path("decimalDigits").asInt(-1)).isEqualTo(2);
        assertThat(List.of(count, amount)).allSatisfy(n -> {
            assertThat(n.path("validate").path("min").isNumber()).isTrue();
            assertThat(n.path("validate").path("min").asInt()).isZero();
            assertThat(n.path("validate").path("required").asBoolean()).isTrue();
        });
    }

    static Stream<Arguments> patternSamples() {
        return Stream.of(
                Arguments.of("registerComplaint", "subjectCreditCode", "91610302MA6X0EXA8C", true),
                Arguments.of("registerComplaint", "subjectCreditCode", "91610302ma6x0exa8c", true),
                Arguments.of("registerComplaint", "subjectCreditCode", "91610302MA6X0EXA8", false),
                Arguments.of("registerComplaint", "subjectCreditCode", "91610302MA6X0EXA8I", false),
                Arguments.of("registerComplaint", "subjectCreditCode", "91610302MA6X0EXA8CC", false),
                Arguments.of("registerComplaint", "reporterPhone", "13912345678", true),
                Arguments.of("registerComplaint", "reporterPhone", "+86 917-3261234", true),
                Arguments.of("registerComplaint", "reporterPhone", "1391", false),
                Arguments.of("registerComplaint", "reporterPhone", "139-1234-567a", false),
                Arguments.of("registerComplaint", "subjectStoreUrl", "https://shop.example.com/store/1", true),
                Arguments.of("registerComplaint", "subjectStoreUrl", "shop.example.com", false),
                Arguments.of("registerComplaint", "subjectIdNumber", "610302199001011234", true),
                Arguments.of("registerComplaint", "subjectIdNumber", "61030219900101123x", true),
                Arguments.of("registerComplaint", "subjectIdNumber", "6103021990010112", false),
                Arguments.of("registerComplaint", "subjectIdNumber", "61030219900101123Y", false),
                Arguments.of("triageComplaint", "duplicateOf", "BJDS-2026-000123", true),
                Arguments.of("triageComplaint", "duplicateOf", "BJDS-2026-1234567", true),
                Arguments.of("triageComplaint", "duplicateOf", "BJDS-26-000123", false),
                Arguments.of("triageComplaint", "duplicateOf", "BJDS-2026-12345", false),
                Arguments.of("triageComplaint", "duplicateOf", "bjds-2026-000123", false),
                Arguments.of("scheduleTrainingSession", "sessionTime", "09:30", true),
                Arguments.of("scheduleTrainingSession", "sessionTime", "23:59", true),
                Arguments.of("scheduleTrainingSession", "sessionTime", "9:30", false),
                Arguments.of("scheduleTrainingSession", "sessionTime", "24:00", false));
    }

    @ParameterizedTest(name = "{0}.{1} {2} -> {3}")
    @MethodSource("patternSamples")
    void patternsAcceptWhatTheyShould(String formId, String key, String value, boolean accepted) {
        String pattern = input(formId, key).path("validate").path("pattern").asText();

        assertThat(pattern).as("form-js tests the whole value only when anchored").startsWith("^").endsWith("$");
        assertThat(Pattern.compile(pattern).matcher(value).find()).isEqualTo(accepted);
    }

    /** Staff enter by the start form what integrators send to the API: the form checks the same limits. */
    static Stream<Arguments> apiFields() {
        return Stream.of(Arguments.of("reporterName", "$Reporter", "name"),
                Arguments.of("reporterPhone", "$Reporter", "phone"),
                Arguments.of("reporterEmail", "$Reporter", "email"),
                Arguments.of("reporterOrganization", "$Reporter", "organization"),
                Arguments.of("subjectName", "$Subject", "name"),
                Arguments.of("subjectPlatform", "$Subject", "platform"),
                Arguments.of("subjectStoreName", "$Subject", "storeName"),
                Arguments.of("subjectStoreUrl", "$Subject", "storeUrl"),
                Arguments.of("description", "", "description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiFields")
    void startFormChecksWhatTheApiChecks(String key, String part, String field) throws Exception {
        Field declared = Class.forName(BASE + "intake.SubmitComplaintRequest" + part).getDeclaredField(field);
        JsonNode validate = input("registerComplaint", key).path("validate");
        Size size = declared.getAnnotation(Size.class);
        jakarta.validation.constraints.Pattern pattern =
                declared.getAnnotation(jakarta.validation.constraints.Pattern.class);

        assertThat(validate.path("maxLength").asInt()).as("maxLength of %s", key).isEqualTo(size.max());
        assertThat(validate.path("minLength").asInt(0)).as("minLength of %s", key).isEqualTo(size.min());
        assertThat(validate.path("required").asBoolean(false)).as("required %s", key)
                .isEqualTo(declared.isAnnotationPresent(NotBlank.class));
        assertThat(validate.path("pattern").asText(null)).as("pattern of %s", key)
                .isEqualTo(pattern == null ? null : pattern.regexp());
    }

    // ------------------------------------------------------------------ forms and processes

    @Test
    void everyFormRefHasAFormAndEveryFormIsUsed() {
        Set<String> formIds = formFiles().map(args -> ((JsonNode) args.get()[1]).path("id").asText())
                .collect(Collectors.toSet());
        List<FormRef> refs = formRefs();

        assertThat(refs).as("form references in processes/").isNotEmpty();
        assertThat(refs).allSatisfy(ref -> {
            assertThat(formIds).as("form for %s", ref).contains(ref.formRef());
            assertThat(ref.binding()).as("binding of %s", ref).isEqualTo("deployment");
        });
        assertThat(refs).filteredOn(ref -> ref.userTask())
                .allSatisfy(ref -> assertThat(ref.formRef()).as("form of a user task").isEqualTo(ref.elementId()));
        assertThat(refs.stream().map(FormRef::formRef)).as("forms used by a process").containsAll(formIds);
    }

    record FormRef(String process, String elementId, boolean userTask, String formRef, String binding) {
    }

    private static List<FormRef> formRefs() {
        List<FormRef> refs = new ArrayList<>();
        for (Resource bpmn : resources("classpath*:processes/**/*.bpmn")) {
            BpmnModelInstance model = readBpmn(bpmn);
            model.getModelElementsByType(UserTask.class).stream().filter(t -> t.getCamundaFormRef() != null)
                    .forEach(t -> refs.add(new FormRef(bpmn.getFilename(), t.getId(), true, t.getCamundaFormRef(),
                            t.getCamundaFormRefBinding())));
            model.getModelElementsByType(StartEvent.class).stream().filter(e -> e.getCamundaFormRef() != null)
                    .forEach(e -> refs.add(new FormRef(bpmn.getFilename(), e.getId(), false, e.getCamundaFormRef(),
                            e.getCamundaFormRefBinding())));
        }
        return refs;
    }

    // ------------------------------------------------------------------ reading forms

    static Stream<Arguments> formFiles() {
        Resource[] forms = resources("classpath*:forms/**/*.form");
        assertThat(forms).as("forms on the classpath").isNotEmpty();
        return Arrays.stream(forms).map(form -> Arguments.of(form.getFilename(), readJson(form)));
    }

    private static JsonNode form(String id) {
        return formFiles().map(args -> (JsonNode) args.get()[1]).filter(f -> f.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no form with id " + id));
    }

    private static JsonNode input(String formId, String key) {
        return inputs(form(formId)).stream().filter(c -> c.path("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(formId + " has no input " + key));
    }

    private static String hide(String formId, String key) {
        return input(formId, key).path("conditional").path("hide").asText(null);
    }

    /** Every component, groups and their children included, in document order. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : elements(container.path("components"))) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private static List<JsonNode> inputs(JsonNode form) {
        return components(form).stream().filter(c -> INPUT_TYPES.contains(c.path("type").asText())).toList();
    }

    /** A date field shows {@code dateLabel}; the other inputs {@code label}. */
    private static String label(JsonNode input) {
        return input.path("type").asText().equals("datetime") ? input.path("dateLabel").asText()
                : input.path("label").asText();
    }

    /** The variables read by the {@code {{ FEEL }}} templates of the text components. */
    private static Set<String> templateVariables(JsonNode form) {
        return components(form).stream().filter(c -> c.path("type").asText().equals("text"))
                .flatMap(c -> TEMPLATE.matcher(c.path("text").asText()).results().map(m -> m.group(1)))
                .flatMap(expression -> identifiers(expression).stream()).collect(Collectors.toSet());
    }

    private static Set<String> identifiers(String feel) {
        String withoutLiterals = STRING_LITERAL.matcher(feel).replaceAll(" ");
        return IDENTIFIER.matcher(withoutLiterals).results().map(m -> m.group())
                .filter(word -> !FEEL_WORDS.contains(word)).collect(Collectors.toSet());
    }

    private static Set<String> literals(String feel) {
        return STRING_LITERAL.matcher(feel).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kebab(String lowerCamel) {
        return lowerCamel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static Set<String> declaredVariables(Class<?> variables) throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field field : variables.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                field.setAccessible(true);
                names.add(((ProcessVariable<?>) field.get(null)).name());
            }
        }
        return names;
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver(FormsTest.class.getClassLoader()).getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BpmnModelInstance readBpmn(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

package cn.gov.baoji.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code openapi/integrator-api.yaml} cannot drift from the code. Checked against the controllers (paths,
 * methods, parameters, media types, status codes), the records they read and write (property names, types,
 * enums, validation constraints), the problem types of {@link Problems} and the user tasks of the model.
 * Plain JUnit, no Spring context: the controllers and records are read by reflection.
 */
@SuppressWarnings("unchecked")
class IntegratorApiContractTest {

    static final List<String> CONTROLLERS = List.of("cn.gov.baoji.credit.intake.ComplaintController",
            "cn.gov.baoji.credit.casefile.CaseController", "cn.gov.baoji.credit.casefile.EvidenceController",
            "cn.gov.baoji.credit.adapters.OutboundCallController", "cn.gov.baoji.credit.listing.DueProcessController",
            "cn.gov.baoji.credit.registry.ListEntryController", "cn.gov.baoji.credit.punishment.StatisticsController",
            "cn.gov.baoji.credit.feedback.FeedbackController", "cn.gov.baoji.credit.calendar.CalendarController",
            "cn.gov.baoji.credit.intake.DesignationProposalController", "cn.gov.baoji.credit.repair.RepairController",
            "cn.gov.baoji.credit.imports.TargetImportController", "cn.gov.baoji.credit.alliance.MemberController",
            "cn.gov.baoji.credit.alliance.ReportController", "cn.gov.baoji.credit.alliance.FeedController");

    /** What integrators were promised; dropping one from the code or the contract breaks them. */
    static final Set<String> PUBLISHED = Set.of("post /api/v1/complaints", "get /api/v1/cases", "get /api/v1/cases/{caseNumber}",
            "post /api/v1/cases/{caseNumber}/evidence", "get /api/v1/cases/{caseNumber}/evidence",
            "get /api/v1/outbound-calls", "post /api/v1/cases/{caseNumber}/statements",
            "post /api/v1/cases/{caseNumber}/objections", "get /api/v1/list-entries", "get /api/v1/list-entries/{id}",
            "get /api/v1/statistics/joint-punishment", "get /api/v1/calendar/{year}", "put /api/v1/calendar/days/{date}",
            "delete /api/v1/calendar/days/{date}", "post /api/v1/designation-proposals",
            "post /api/v1/list-entries/{id}/repair-applications", "get /api/v1/repair-applications/{id}",
            "post /api/v1/repair-applications/{id}/evidence", "post /api/v1/imports/targets",
            "post /api/v1/alliance/members", "get /api/v1/alliance/members", "post /api/v1/alliance/reports",
            "get /api/v1/alliance/reports", "get /api/v1/alliance/feed");

    /** String properties whose documented values are the constants of an enum in the code. */
    static final Map<String, String> ENUMS_OF_STRINGS = Map.of(
            "ComplaintResponse.status", "cn.gov.baoji.credit.casefile.CaseStage",
            "CaseResponse.registrationStatus", "cn.gov.baoji.credit.investigation.RegistrationCheck",
            "CaseResponse.listType", "cn.gov.baoji.credit.designation.ListType",
            "CaseSubject.type", "cn.gov.baoji.credit.intake.SubjectType",
            "CaseEntry.kind", "cn.gov.baoji.credit.casefile.CaseEventKind",
            "SetCalendarDayRequest.kind", "cn.gov.baoji.credit.calendar.CalendarDay$Kind");

    static Map<String, Object> contract;
    static Map<String, Method> handlers;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = IntegratorApiContractTest.class.getResourceAsStream("/openapi/integrator-api.yaml")) {
            contract = new Yaml().load(in);
        }
        handlers = new TreeMap<>();
        for (String name : CONTROLLERS) {
            Class<?> controller = Class.forName(name);
            String base = firstPath(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null) {
                    handlers.put(mapping.method()[0].name().toLowerCase() + " " + base + firstPath(mapping), method);
                }
            }
        }
    }

    @Test
    void everyPublishedOperationIsDocumentedAndImplemented() {
        assertThat(operations().keySet()).containsAll(PUBLISHED);
        assertThat(handlers.keySet()).containsAll(PUBLISHED);
    }

    @Test
    void everyControllerEndpointIsDocumentedAndNothingElse() {
        assertThat(operations().keySet()).isEqualTo(handlers.keySet());
    }

    @Test
    void parametersAreThoseTheHandlersRead() {
        handlers.forEach((operation, method) -> {
            Map<String, Map<String, Object>> documented = documentedParameters(operations().get(operation));
            Map<String, Parameter> read = handlerParameters(method);
            assertThat(documented.keySet()).as(operation).isEqualTo(read.keySet());
            read.forEach((key, parameter) -> checkParameter(operation + " " + key, documented.get(key), parameter));
        });
    }

    @Test
    void requestBodiesAreWhatTheHandlersConsume() {
        handlers.forEach((operation, method) -> {
            Map<String, Object> body = (Map<String, Object>) operations().get(operation).get("requestBody");
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            Parameter json = Arrays.stream(method.getParameters())
                    .filter(p -> p.isAnnotationPresent(RequestBody.class)).findFirst().orElse(null);
            boolean parts = handlerParameters(method).keySet().stream().anyMatch(k -> k.startsWith("part "));
            // a handler that reads the body as a stream (imports) takes every media type it consumes
            boolean streamed = Arrays.asList(method.getParameterTypes()).contains(InputStream.class);
            if (json == null && !parts && !streamed) {
                assertThat(body).as(operation).isNull();
                return;
            }
            Map<String, Object> content = (Map<String, Object>) body.get("content");
            assertThat(content.keySet()).as(operation).isEqualTo(Set.of(mapping.consumes()));
            if (json != null) {
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.values()
                        .iterator().next()).get("schema");
                assertThat(schema.get("$ref")).as(operation)
                        .isEqualTo("#/components/schemas/" + json.getType().getSimpleName());
                checkType(json.getType().getSimpleName(), schema, json.getParameterizedType(), true);
            }
        });
    }

    @Test
    void successResponsesDescribeWhatTheHandlersReturn() {
        handlers.forEach((operation, method) -> {
            Map<String, Object> responses = (Map<String, Object>) operations().get(operation).get("responses");
            ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(method, ResponseStatus.class);
            if (status != null) {
                assertThat(responses).as(operation).containsKey(String.valueOf(status.code().value()));
            } else if (method.getReturnType() != ResponseEntity.class) {
                assertThat(responses).as(operation).containsKey("200");
            }
            Type body = method.getReturnType() == ResponseEntity.class
                    ? ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0]
                    : method.getGenericReturnType();
            responses.entrySet().stream().filter(r -> r.getKey().startsWith("2")).forEach(r -> {
                Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) r.getValue())
                        .get("content");
                if (body == void.class) {
                    assertThat(content).as(operation + " " + r.getKey() + " has no body").isNull();
                    return;
                }
                Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                assertThat(json).as(operation + " " + r.getKey()).isNotNull();
                checkType(operation + " " + r.getKey(), (Map<String, Object>) json.get("schema"), body, false);
            });
        });
    }

    @Test
    void aNewComplaintAnswersWithItsLocation() {
        Map<String, Object> responses = (Map<String, Object>) operations().get("post /api/v1/complaints")
                .get("responses");
        for (String status : List.of("201", "200")) {
            assertThat((Map<String, Object>) ((Map<String, Object>) responses.get(status)).get("headers"))
                    .as(status).containsKey("Location");
        }
    }

    @Test
    void stringsWithFixedValuesListTheConstantsOfTheCode() throws Exception {
        for (Map.Entry<String, String> entry : ENUMS_OF_STRINGS.entrySet()) {
            String[] at = entry.getKey().split("\\.");
            Map<String, Object> property = resolve(properties(schema(at[0])).get(at[1]));
            assertThat(new TreeSet<>((List<String>) property.get("enum"))).as(entry.getKey())
                    .isEqualTo(constants(Class.forName(entry.getValue())));
        }
        // the case shows its own tasks and those of the joint punishment it calls
        String model = new String(getClass().getResourceAsStream("/processes/dishonesty-case.bpmn").readAllBytes(),
                StandardCharsets.UTF_8) + new String(getClass().getResourceAsStream("/processes/joint-punishment.bpmn")
                .readAllBytes(), StandardCharsets.UTF_8);
        Set<String> userTasks = new TreeSet<>();
        Matcher task = java.util.regex.Pattern.compile("<bpmn:userTask id=\"(\\w+)\"").matcher(model);
        while (task.find()) {
            userTasks.add(task.group(1));
        }
        assertThat(new TreeSet<>((List<String>) properties(schema("CaseTask")).get("taskKey").get("enum")))
                .isEqualTo(userTasks);
    }

    @Test
    void everyProblemTypeIsListedWithItsUrn() throws Exception {
        String documented = (String) properties(schema("Problem")).get("type").get("description");
        Set<String> types = new TreeSet<>();
        for (Field field : Problems.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        assertThat(types).hasSize(12);
        types.forEach(type -> assertThat(documented).contains("urn:baoji-credit:problem:" + type));
        assertThat(properties(schema("Problem")).keySet())
                .isEqualTo(Set.of("type", "title", "status", "detail", "instance", "errors"));
        checkType("Problem.errors", properties(schema("Problem")).get("errors"),
                ProblemErrors.class.getRecordComponents()[0].getGenericType(), false);
    }

    @Test
    void everyOperationNeedsBasicAuthAndSaysSo() {
        Map<String, Object> scheme = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) contract
                .get("components")).get("securitySchemes")).get("basicAuth");
        assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "basic");
        assertThat((List<Object>) contract.get("security")).containsExactly(Map.of("basicAuth", List.of()));
        operations().forEach((operation, definition) -> assertThat((Map<String, Object>) definition.get("responses"))
                .as(operation).containsKey("401"));
        assertThat((String) ((Map<String, Object>) contract.get("info")).get("description")).contains("/engine-rest");
    }

    /** The {@code errors} member that {@code ApiProblemHandler} adds to a problem. */
    private record ProblemErrors(List<FieldProblem> errors) {
    }

    // --- comparing a schema with a Java type ---

    /** The schema describes values of {@code type}; records are compared property by property. */
    private static void checkType(String where, Map<String, Object> documented, Type type, boolean request) {
        Map<String, Object> schema = resolve(documented);
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            assertThat(schema.get("type")).as(where).isEqualTo("object");
            checkRecord(where, schema, raw, request);
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertThat(schema.get("type")).as(where).isEqualTo("array");
            checkType(where + "[]", (Map<String, Object>) schema.get("items"),
                    ((ParameterizedType) type).getActualTypeArguments()[0], request);
        } else if (Map.class.isAssignableFrom(raw)) {
            assertThat(schema.get("type")).as(where).isEqualTo("object");
        } else if (raw.isEnum()) {
            assertThat(schema.get("type")).as(where).isEqualTo("string");
            assertThat(new TreeSet<>((List<String>) schema.get("enum"))).as(where).isEqualTo(constants(raw));
        } else {
            String[] expected = scalar(raw);
            assertThat(schema.get("type")).as(where).isEqualTo(expected[0]);
            if (expected.length > 1) {
                assertThat(schema.get("format")).as(where).isEqualTo(expected[1]);
            }
        }
    }

    private static void checkRecord(String where, Map<String, Object> schema, Class<?> record, boolean request) {
        Map<String, Map<String, Object>> properties = properties(schema);
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(properties.keySet()).as(where + " (properties of " + record.getName() + ")")
                .isEqualTo(components);
        for (RecordComponent component : record.getRecordComponents()) {
            String path = where + "." + component.getName();
            Field field = field(record, component.getName());
            if (!field.isAnnotationPresent(JsonRawValue.class)) {
                checkType(path, properties.get(component.getName()), component.getGenericType(), request);
            }
            if (request) {
                checkConstraints(path, schema, component.getName(), field);
            }
        }
    }

    /** Bean validation on a request record component, as the schema must state it. */
    private static void checkConstraints(String where, Map<String, Object> parent, String name, Field field) {
        Map<String, Object> property = properties(parent).get(name);
        boolean required = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
        assertThat(((List<String>) parent.getOrDefault("required", List.of())).contains(name))
                .as(where + " required").isEqualTo(required);
        Size size = field.getAnnotation(Size.class);
        Integer max = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
        Integer min = size != null && size.min() > 0 ? Integer.valueOf(size.min())
                : field.isAnnotationPresent(NotBlank.class) ? Integer.valueOf(1) : null;
        assertThat(property.get("maxLength")).as(where + " maxLength").isEqualTo(max);
        assertThat(property.get("minLength")).as(where + " minLength").isEqualTo(min);
        Pattern pattern = field.getAnnotation(Pattern.class);
        assertThat(property.get("pattern")).as(where + " pattern").isEqualTo(pattern == null ? null : pattern.regexp());
        if (field.getType() == String.class) {
            assertThat(property.get("format")).as(where + " format")
                    .isEqualTo(field.isAnnotationPresent(Email.class) ? "email" : null);
        }
    }

    private static String[] scalar(Class<?> type) {
        if (type == String.class) {
            return new String[] {"string"};
        }
        if (type == LocalDate.class) {
            return new String[] {"string", "date"};
        }
        if (type == Instant.class) {
            return new String[] {"string", "date-time"};
        }
        if (type == long.class || type == Long.class) {
            return new String[] {"integer", "int64"};
        }
        if (type == int.class || type == Integer.class) {
            return new String[] {"integer", "int32"};
        }
        if (type == boolean.class || type == Boolean.class) {
            return new String[] {"boolean"};
        }
        if (type == double.class || type == Double.class) {
            return new String[] {"number", "double"};
        }
        if (type == MultipartFile.class) {
            return new String[] {"string", "binary"};
        }
        throw new AssertionError("No OpenAPI type known for " + type);
    }

    // --- parameters ---

    /** {@code "<in> <name>"} of every documented parameter, multipart parts as {@code "part <name>"}. */
    private static Map<String, Map<String, Object>> documentedParameters(Map<String, Object> operation) {
        Map<String, Map<String, Object>> documented = new TreeMap<>();
        for (Object item : (List<Object>) operation.getOrDefault("parameters", List.of())) {
            Map<String, Object> parameter = resolve((Map<String, Object>) item);
            documented.put(parameter.get("in") + " " + parameter.get("name"), parameter);
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        Map<String, Object> multipart = body == null ? null
                : (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("multipart/form-data");
        if (multipart != null) {
            properties((Map<String, Object>) multipart.get("schema")).forEach((name, schema) -> documented
                    .put("part " + name, Map.of("schema", schema)));
        }
        return documented;
    }

    /** The same keys for what the handler reads: path variables, query parameters, headers, file parts. */
    private static Map<String, Parameter> handlerParameters(Method method) {
        Map<String, Parameter> read = new TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            PathVariable path = parameter.getAnnotation(PathVariable.class);
            RequestHeader header = parameter.getAnnotation(RequestHeader.class);
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (path != null) {
                read.put("path " + name(path.name(), path.value(), parameter), parameter);
            } else if (header != null) {
                read.put("header " + name(header.name(), header.value(), parameter), parameter);
            } else if (param != null) {
                boolean file = parameter.getParameterizedType().getTypeName().contains(MultipartFile.class.getName());
                read.put((file ? "part " : "query ") + name(param.name(), param.value(), parameter), parameter);
            }
        }
        return read;
    }

    private static void checkParameter(String where, Map<String, Object> documented, Parameter parameter) {
        Map<String, Object> schema = (Map<String, Object>) documented.get("schema");
        if (where.contains(" part ")) {
            checkType(where, schema, parameter.getParameterizedType(), false);
            return;
        }
        RequestParam param = parameter.getAnnotation(RequestParam.class);
        RequestHeader header = parameter.getAnnotation(RequestHeader.class);
        boolean required = parameter.isAnnotationPresent(PathVariable.class);
        String defaultValue = ValueConstants.DEFAULT_NONE;
        if (param != null) {
            required = param.required() && param.defaultValue().equals(ValueConstants.DEFAULT_NONE);
            defaultValue = param.defaultValue();
        } else if (header != null) {
            required = header.required() && header.defaultValue().equals(ValueConstants.DEFAULT_NONE);
        }
        assertThat(documented.getOrDefault("required", false)).as(where + " required").isEqualTo(required);
        assertThat(schema.get("default") == null ? ValueConstants.DEFAULT_NONE : String.valueOf(schema.get("default")))
                .as(where + " default").isEqualTo(defaultValue);
        checkType(where, schema, parameter.getParameterizedType(), false);
        Size size = parameter.getAnnotation(Size.class);
        Min min = parameter.getAnnotation(Min.class);
        Max max = parameter.getAnnotation(Max.class);
        if (size != null) {
            assertThat(schema.get("maxLength")).as(where + " maxLength").isEqualTo(size.max());
        }
        if (min != null) {
            assertThat(((Number) schema.get("minimum")).longValue()).as(where + " minimum").isEqualTo(min.value());
        }
        if (max != null) {
            assertThat(((Number) schema.get("maximum")).longValue()).as(where + " maximum").isEqualTo(max.value());
        }
    }

    private static String name(String name, String value, Parameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
        return parameter.getName();
    }

    // --- reading the contract ---

    /** {@code "<method> <path>"} → operation, for every documented operation. */
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        ((Map<String, Object>) contract.get("paths")).forEach((path, methods) -> ((Map<String, Object>) methods)
                .forEach((method, operation) -> operations.put(method + " " + path, (Map<String, Object>) operation)));
        return operations;
    }

    private static Map<String, Object> schema(String name) {
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) contract
                .get("components")).get("schemas")).get(name);
        assertThat(schema).as("schema " + name).isNotNull();
        return schema;
    }

    private static Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        Map<String, Object> properties = (Map<String, Object>) resolve(schema).get("properties");
        Map<String, Map<String, Object>> sorted = new TreeMap<>();
        if (properties != null) {
            properties.forEach((name, property) -> sorted.put(name, (Map<String, Object>) property));
        }
        return sorted;
    }

    /** Follows a local {@code $ref} ({@code #/components/<kind>/<name>}) to what it names. */
    private static Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Object target = contract;
        for (String part : ((String) ref).substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(part);
        }
        assertThat(target).as(ref.toString()).isNotNull();
        return resolve((Map<String, Object>) target);
    }

    // --- reading the code ---

    private static String firstPath(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }

    private static Set<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError("record " + record.getName() + " has no component " + name, e);
        }
    }
}

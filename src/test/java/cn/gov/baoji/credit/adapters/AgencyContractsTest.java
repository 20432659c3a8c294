package cn.gov.baoji.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.baoji.credit.adapters.listsharing.ListEntryNotice;
import cn.gov.baoji.credit.adapters.nationalplatform.FeedbackKind;
import cn.gov.baoji.credit.designation.ListType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * The agency contracts under {@code agencies/} cannot drift from the code: every operation takes the
 * Idempotency-Key, the national platform's kinds are {@link FeedbackKind}'s paths, and the documented bodies
 * have the properties, types and enum values of the records and enums the adapters send. Plain JUnit: the
 * records are read by reflection.
 */
@SuppressWarnings("unchecked")
class AgencyContractsTest {

    static final List<String> AGENCY_FILES = List.of("list-sharing.yaml", "market-registry.yaml",
            "national-platform.yaml", "notification.yaml");

    static Stream<String> contracts() {
        return AGENCY_FILES.stream();
    }

    @Test
    void everyAgencyHasAContract() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:agencies/*.yaml");

        assertThat(Arrays.stream(found).map(Resource::getFilename)).containsExactlyInAnyOrderElementsOf(AGENCY_FILES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void everyOperationTakesAnIdempotencyKeyUnderHttpBasic(String file) {
        Map<String, Object> contract = load(file);

        assertThat(contract.get("openapi")).isEqualTo("3.0.3");
        assertThat((List<Object>) contract.get("security")).containsExactly(Map.of("basic", List.of()));
        assertThat(map(map(contract, "components"), "securitySchemes"))
                .containsEntry("basic", Map.of("type", "http", "scheme", "basic"));
        Map<String, Object> paths = map(contract, "paths");
        assertThat(paths).isNotEmpty();
        paths.values().forEach(path -> ((Map<String, Object>) path).forEach((method, operation) -> {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) operation)
                    .get("parameters");
            assertThat(parameters).as("%s %s", file, method).anySatisfy(parameter -> {
                assertThat(parameter).containsEntry("name", "Idempotency-Key").containsEntry("in", "header")
                        .containsEntry("required", true);
            });
        }));
    }

    // ------------------------------------------------------------------ national platform

    @Test
    void theNationalPlatformHasOnePathParameterValuePerFeedbackKind() {
        Map<String, Object> operation = operation("national-platform.yaml", "/feedback/{kind}", "post");
        Map<String, Object> kind = ((List<Map<String, Object>>) operation.get("parameters")).stream()
                .filter(parameter -> "kind".equals(parameter.get("name"))).findFirst().orElseThrow();

        assertThat(kind).containsEntry("in", "path").containsEntry("required", true);
        assertThat((List<String>) map(kind, "schema").get("enum"))
                .containsExactlyElementsOf(Arrays.stream(FeedbackKind.values()).map(FeedbackKind::path).toList());
    }

    @Test
    void deliveringContractsSayConflictIsDeliveredAndSeparateRefusalsFromFailures() {
        for (var entry : Map.of("national-platform.yaml", "/feedback/{kind}", "list-sharing.yaml",
                "/list-entries/notices").entrySet()) {
            Map<String, Object> responses = map(operation(entry.getKey(), entry.getValue(), "post"), "responses");

            assertThat(responses).as(entry.getKey()).containsOnlyKeys("2XX", "409", "4XX", "5XX");
            assertThat(map(responses, "409").get("description").toString()).contains("delivered");
        }
    }

    @Test
    void entryReportsAreTheRegistrysEntryReport() throws Exception {
        Map<String, Object> schema = schema("national-platform.yaml", "EntryReport");

        assertMatchesRecord(schema, Class.forName("cn.gov.baoji.credit.registry.EntryReport"));
        assertEnum(schema, "change", Class.forName("cn.gov.baoji.credit.registry.ChangeKind"));
        assertEnum(schema, "status", Class.forName("cn.gov.baoji.credit.registry.EntryStatus"));
        assertEnum(schema, "source", Class.forName("cn.gov.baoji.credit.registry.EntrySource"));
        assertEnum(schema, "subjectType", Class.forName("cn.gov.baoji.credit.intake.SubjectType"));
        assertListedTypes(schema);
    }

    @Test
    void measuresReportsAreWhatReportMeasuresTaskListenerQueues() throws Exception {
        Map<String, Object> schema = schema("national-platform.yaml", "MeasuresReport");

        assertThat(map(schema, "properties")).containsOnlyKeys("listEntryId", "memberUnit", "measures", "note");
        assertThat(map(map(map(schema, "properties"), "measures"), "items"))
                .containsEntry("$ref", "#/components/schemas/AppliedMeasure");
        assertMatchesRecord(schema("national-platform.yaml", "AppliedMeasure"),
                Class.forName("cn.gov.baoji.credit.punishment.MeasuresLedger$AppliedMeasure"));
    }

    @Test
    void statisticsAreThePunishmentStatisticsReport() throws Exception {
        assertMatchesRecord(schema("national-platform.yaml", "StatisticsReport"),
                Class.forName("cn.gov.baoji.credit.punishment.PunishmentStatistics$Report"));
        assertMatchesRecord(schema("national-platform.yaml", "ListingCount"),
                Class.forName("cn.gov.baoji.credit.registry.ListingCount"));
        assertMatchesRecord(schema("national-platform.yaml", "MeasureCount"),
                Class.forName("cn.gov.baoji.credit.punishment.PunishmentStatistics$MeasureCount"));
        assertListedTypes(schema("national-platform.yaml", "ListingCount"));
    }

    @Test
    void theTargetsPullReadsThePagesTheContractDescribes() throws Exception {
        Map<String, Object> ok = map(map(map(map(operation("national-platform.yaml", "/targets", "get"), "responses"),
                "200"), "content"), "application/json");

        assertThat(map(ok, "schema")).containsEntry("$ref", "#/components/schemas/TargetPage");
        assertMatchesRecord(schema("national-platform.yaml", "TargetPage"), Class.forName(
                "cn.gov.baoji.credit.adapters.nationalplatform.http.TargetPageResponse"));
        assertMatchesRecord(schema("national-platform.yaml", "DesignatedTarget"), Class.forName(
                "cn.gov.baoji.credit.adapters.nationalplatform.http.TargetPageResponse$TargetResponse"));
        assertEnum(schema("national-platform.yaml", "DesignatedTarget"), "subjectType",
                Class.forName("cn.gov.baoji.credit.intake.SubjectType"));
    }

    // ------------------------------------------------------------------ list sharing

    @Test
    void listSharingSendsAListEntryNotice() throws Exception {
        Map<String, Object> operation = operation("list-sharing.yaml", "/list-entries/notices", "post");
        Map<String, Object> body = map(map(map(map(operation, "requestBody"), "content"), "application/json"),
                "schema");
        Map<String, Object> schema = schema("list-sharing.yaml", "ListEntryNotice");

        assertThat(body).containsEntry("$ref", "#/components/schemas/ListEntryNotice");
        assertMatchesRecord(schema, ListEntryNotice.class);
        assertThat((List<String>) schema.get("required")).containsExactlyInAnyOrder("kind", "entryId", "listType",
                "subjectName", "status");
        assertEnum(schema, "kind", ListEntryNotice.NoticeKind.class);
        assertEnum(schema, "status", Class.forName("cn.gov.baoji.credit.registry.EntryStatus"));
        assertEnum(schema, "subjectType", Class.forName("cn.gov.baoji.credit.intake.SubjectType"));
        assertListedTypes(schema);
    }

    // ------------------------------------------------------------------ helpers

    /** Same property names in the same order, types as Jackson writes them, required names among them. */
    private static void assertMatchesRecord(Map<String, Object> schema, Class<?> record) {
        Map<String, Object> properties = map(schema, "properties");
        assertThat(properties.keySet()).as("properties of %s", record.getSimpleName())
                .containsExactlyElementsOf(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
        assertThat((List<String>) schema.get("required")).as("required of %s", record.getSimpleName())
                .isSubsetOf(properties.keySet());
        for (RecordComponent component : record.getRecordComponents()) {
            Map<String, Object> property = map(properties, component.getName());
            String what = record.getSimpleName() + "." + component.getName();
            Class<?> type = component.getType();
            if (type == String.class) {
                assertThat(property.get("type")).as(what).isEqualTo("string");
                assertThat(property.get("format")).as(what).isNull();
            } else if (type == LocalDate.class) {
                assertThat(property).as(what).containsEntry("type", "string").containsEntry("format", "date");
            } else if (type == Instant.class) {
                assertThat(property).as(what).containsEntry("type", "string").containsEntry("format", "date-time");
            } else if (type == long.class || type == Long.class) {
                assertThat(property).as(what).containsEntry("type", "integer").containsEntry("format", "int64");
            } else if (List.class.isAssignableFrom(type)) {
                assertThat(property).as(what).containsEntry("type", "array").containsKey("items");
            } else if (type == boolean.class || type == Boolean.class) {
                assertThat(property).as(what).containsEntry("type", "boolean");
            } else if (type.isEnum()) {
                assertThat(property).as(what).containsEntry("type", "string");
                assertEnum(schema, component.getName(), type);
            } else {
                throw new AssertionError("No rule for " + what + " of type " + type);
            }
        }
    }

    private static void assertEnum(Map<String, Object> schema, String property, Class<?> enumType) {
        assertThat((List<String>) map(map(schema, "properties"), property).get("enum"))
                .as("values of %s", property)
                .containsExactlyElementsOf(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .toList());
    }

    private static void assertListedTypes(Map<String, Object> schema) {
        assertThat((List<String>) map(map(schema, "properties"), "listType").get("enum"))
                .containsExactlyElementsOf(Arrays.stream(ListType.values()).filter(ListType::listed)
                        .map(Enum::name).toList());
    }

    private static Map<String, Object> operation(String file, String path, String method) {
        return map(map(map(load(file), "paths"), path), method);
    }

    private static Map<String, Object> schema(String file, String name) {
        return map(map(map(load(file), "components"), "schemas"), name);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertThat(child).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) child;
    }

    private static Map<String, Object> load(String file) {
        try (InputStream in = AgencyContractsTest.class.getResourceAsStream("/agencies/" + file)) {
            assertThat(in).as("agencies/" + file).isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

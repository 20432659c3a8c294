package cn.gov.baoji.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.yaml.snakeyaml.Yaml;

/** {@code integrator-api.yaml} cannot drift from the controllers and the request records. */
class IntegratorApiContractTest {

    static final String[] CONTROLLERS = {"cn.gov.baoji.credit.intake.ComplaintController",
        "cn.gov.baoji.credit.casefile.CaseController", "cn.gov.baoji.credit.casefile.EvidenceController",
        "cn.gov.baoji.credit.adapters.OutboundCallController"};

    static Map<String, Object> contract;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = IntegratorApiContractTest.class.getResourceAsStream("/openapi/integrator-api.yaml")) {
            contract = new Yaml().load(in);
        }
    }

    @Test
    void everyEndpointOfTheControllersIsDocumentedAndNothingElse() throws Exception {
        Set<String> implemented = new TreeSet<>();
        for (String name : CONTROLLERS) {
            Class<?> controller = Class.forName(name);
            String base = firstPath(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping != null) {
                    implemented.add(mapping.method()[0].name().toLowerCase() + " " + base + firstPath(mapping));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, operations) -> ((Map<String, Object>) operations).keySet()
                .forEach(method -> documented.add(method + " " + path)));
        assertThat(documented).isEqualTo(implemented);
    }

    @Test
    void complaintSchemaHasTheFieldsOfTheRequestRecords() throws Exception {
        Map<String, Object> schema = schema("SubmitComplaintRequest");
        Class<?> request = Class.forName("cn.gov.baoji.credit.intake.SubmitComplaintRequest");
        assertThat(properties(schema).keySet()).isEqualTo(components(request));
        for (String nested : new String[] {"reporter", "subject"}) {
            Class<?> type = Arrays.stream(request.getRecordComponents())
                    .filter(c -> c.getName().equals(nested)).findFirst().orElseThrow().getType();
            assertThat(properties((Map<String, Object>) properties(schema).get(nested)).keySet())
                    .as(nested).isEqualTo(components(type));
        }
    }

    @Test
    void everyProblemTypeIsListed() {
        String documented = (String) properties(schema("Problem")).entrySet().stream()
                .filter(e -> e.getKey().equals("type")).map(e -> ((Map<?, ?>) e.getValue()).get("description"))
                .findFirst().orElseThrow();
        for (String type : new String[] {Problems.VALIDATION, Problems.MALFORMED, Problems.NOT_FOUND,
            Problems.IDEMPOTENCY_MISMATCH, Problems.UNAUTHENTICATED, Problems.FORBIDDEN, Problems.TOO_LARGE,
            Problems.UNSUPPORTED_MEDIA, Problems.INTERNAL}) {
            assertThat(documented).contains(type);
        }
    }

    private static Set<String> components(Class<?> record) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static String firstPath(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> paths() {
        return (Map<String, Object>) contract.get("paths");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String name) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) contract.get("components"))
                .get("schemas")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return new java.util.TreeMap<>((Map<String, Object>) schema.get("properties"));
    }
}

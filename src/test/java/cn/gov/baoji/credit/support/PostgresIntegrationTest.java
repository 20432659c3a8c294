package cn.gov.baoji.credit.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of the whole application on a random port, with the {@code test} profile and
 * its own database on the JVM's embedded PostgreSQL 17 (see {@link EmbeddedPostgresInitializer}).
 * Name such classes {@code *IT} so that failsafe runs them. A test with its own {@code properties} gets its own
 * context in the same JVM: give its engine its own {@code camunda.bpm.process-engine-name}, or it registers as
 * "default" in Camunda's static engine registry and {@code /engine-rest} of every other context talks to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@ActiveProfiles("test")
public @interface PostgresIntegrationTest {

    /** Extra {@code key=value} properties, as {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The component classes to load, as {@link SpringBootTest#classes()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}

package cn.gov.baoji.credit.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Points a Spring application context at a fresh database of its own on the JVM's shared embedded
 * PostgreSQL 17 ({@link EmbeddedPostgres17}). The {@code spring.datasource.*} properties it sets take
 * precedence over every other property source, inlined test properties included.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the property source this initializer adds. */
    public static final String PROPERTY_SOURCE_NAME = "embeddedPostgres17";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MutablePropertySources propertySources = context.getEnvironment().getPropertySources();
        if (propertySources.contains(PROPERTY_SOURCE_NAME)) {
            return; // already initialised (the initializer was declared twice)
        }
        EmbeddedPostgres17 postgres = EmbeddedPostgres17.get();
        String database = postgres.newDatabase("it");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", postgres.user());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        propertySources.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
    }
}

package cn.gov.baoji.credit.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.baoji.credit.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The whole product on a random port, as {@code @PostgresIntegrationTest} starts it (profiles {@code postgres} and {@code test}: demo
 * users, sandboxed agencies) but with the job executor on, started by hand so that the time to healthy is ours to
 * measure: from {@code SpringApplication.run} to the first {@code UP} of {@code /actuator/health}.
 */
final class Product implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Duration startToHealthy;

    private Product(ConfigurableApplicationContext context, Duration startToHealthy) {
        this.context = context;
        this.startToHealthy = startToHealthy;
    }

    static Product start(BenchDatabase database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.productUrl());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        // -Dbench.product.<property>=<value> tries a setting of the product, e.g. the job executor's threads
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.product."))
                .forEach(name -> properties.put(name.substring("bench.product.".length()), System.getProperty(name)));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("postgres", "test")   // the production profile's settings, the demo users of test
                .initializers(c -> {
                    // first, as EmbeddedPostgresInitializer does: above application*.yaml
                    c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", properties));
                    c.getBeanFactory().registerSingleton("benchTestClassesFilter", new TestClassesFilter());
                })
                .run();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        awaitHealthy(port);
        return new Product(context, Duration.ofNanos(System.nanoTime() - started));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    Duration startToHealthy() {
        return startToHealthy;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static void awaitHealthy(int port) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        for (int attempt = 0; attempt < 3000; attempt++) {
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
                Thread.sleep(10);
            } catch (IOException e) {
                Load.sleepUntil(System.nanoTime() + 10_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The product did not become healthy within 30 s");
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Keeps the component scan out of the test classes (nested {@code @Configuration} classes of tests), as
     * {@code @SpringBootTest} does with its own filter.
     */
    static final class TestClassesFilter extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesFilter;
        }

        @Override
        public int hashCode() {
            return TestClassesFilter.class.hashCode();
        }
    }
}

package cn.gov.baoji.credit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V1 on H2 in PostgreSQL mode (the embedded default); later migrations belong to other modules. */
class ReferenceDistrictMigrationTest {

    private JdbcClient jdbc;

    @BeforeEach
    void migrate() {
        // a database of its own that outlives Flyway's connection
        var dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void seedsTheCityTheTwelveCountiesAndTheOldFengxiangCode() {
        List<DistrictDirectory.Row> rows = jdbc.sql(
                        "SELECT code, name_zh, name_en, kind, alias_of FROM reference_district ORDER BY code")
                .query((rs, n) -> new DistrictDirectory.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();

        assertThat(rows).hasSize(14).containsExactlyInAnyOrderElementsOf(DistrictDirectoryTest.ROWS);
    }

    @Test
    void theDirectoryReadsTheTable() {
        DistrictDirectory directory = new DistrictDirectory(jdbc);

        assertThat(directory.counties()).extracting(County::code)
                .containsExactlyElementsOf(DistrictDirectoryTest.COUNTY_CODES);
        assertThat(directory.county("610322")).map(County::nameZh).contains("凤翔区");
        assertThat(directory.classify("610300").kind()).isEqualTo(Jurisdiction.Kind.CITY_LEVEL);
    }
}

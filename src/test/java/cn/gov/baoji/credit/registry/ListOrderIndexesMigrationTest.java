package cn.gov.baoji.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Every migration runs on H2 (the embedded default), the list-order indexes of V29 included. */
class ListOrderIndexesMigrationTest {

    @Test
    void theNewestDecisionsFirstAreIndexedForTheRegistryAndThePublicLists() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:list-order-indexes;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(indexes(dataSource, "REGISTRY_LIST_ENTRY")).contains("REGISTRY_ENTRY_DECISION_IDX");
        assertThat(indexes(dataSource, "PUBLICATION_ENTRY")).contains("PUBLICATION_ENTRY_DECISION_IDX");
    }

    private static Set<String> indexes(JdbcDataSource dataSource, String table) throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                names.add(rows.getString("INDEX_NAME").toUpperCase());
            }
        }
        return names;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every connection of the application's pool has parallel query off (application.properties,
 * {@code spring.datasource.hikari.connection-init-sql}): the dashboard's one statement is planned under a Gather
 * otherwise, and starting the workers costs more than its reads.
 */
@NetraIntegrationTest
class ParallelQueryOffIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPooledConnectionPlansWithoutParallelWorkers() throws Exception {
        // two at once, so that at least one more than the connection the context already used is checked
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            assertThat(workersPerGather(first)).isEqualTo("0");
            assertThat(workersPerGather(second)).isEqualTo("0");
        }
    }

    private static String workersPerGather(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show max_parallel_workers_per_gather")) {
            rows.next();
            return rows.getString(1);
        }
    }
}

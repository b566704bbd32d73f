// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.reference.WorkingDayCalendar;
import id.netra.testing.NetraIntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on an external PostgreSQL (the Debian server that .ci/start-debian-postgres.sh starts): every
 * migration applies there too and the reference data has the same counts. Runs when NETRA_TEST_PG_URL is set.
 */
@Tag(NetraIntegrationTest.TAG)
@Tag("external-postgres")
@EnabledIfEnvironmentVariable(named = "NETRA_TEST_PG_URL", matches = ".+")
@SpringBootTest(properties = "netra.embedded-db.enabled=false")
class ExternalPostgresIntegrationTests {

    /**
     * A fresh database per run, so migrations are proven from scratch and an earlier run (or a branch with other
     * migrations) cannot leave the schema history in a state this build does not know.
     */
    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        String serverUrl = System.getenv("NETRA_TEST_PG_URL");
        String user = System.getenv().getOrDefault("NETRA_TEST_PG_USER", "netra");
        String password = System.getenv().getOrDefault("NETRA_TEST_PG_PASSWORD", "");
        String database = "netra_it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        registry.add("spring.datasource.url", () -> serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    @Autowired JdbcClient jdbc;
    @Autowired RegionDirectory regions;
    @Autowired WorkingDayCalendar calendar;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void database_isTheExternalServer() {
        var port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(System.getenv("NETRA_TEST_PG_URL"));
        if (port.find()) {
            assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single())
                    .isEqualTo(Integer.parseInt(port.group(1)));
        }
        assertThat(jdbc.sql("select current_user").query(String.class).single())
                .isEqualTo(System.getenv().getOrDefault("NETRA_TEST_PG_USER", "netra"));
    }

    @Test
    void everyMigration_applied() {
        assertThat(count("select count(*) from flyway_schema_history where not success")).isZero();
        assertThat(count("select count(*) from flyway_schema_history where version like '2.%'")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void referenceCounts_holdHereToo() {
        assertThat(regions.byLevel(RegionLevel.PROVINCE)).hasSize(38);
        assertThat(regions.byLevel(RegionLevel.REGENCY)).hasSize(514);
        assertThat(count("select count(*) from reference.region where superseded_on is null and regency_kind = 'KABUPATEN'"))
                .isEqualTo(416);
        assertThat(count("select count(*) from reference.violation_form")).isEqualTo(7 + 12);
        assertThat(count("select count(*) from reference.sanction where catalogue = 'PP94-2021'")).isEqualTo(9);
        assertThat(count("select count(*) from reference.holiday where deleted_at is null "
                + "and holiday_date between '2019-01-01' and '2026-12-31'")).isEqualTo(188);
    }

    @Test
    void workingDayArithmetic_holdsHereToo() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 8, 16), 1)).isEqualTo(LocalDate.of(2023, 8, 18));
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 12, 29), 1)).isEqualTo(LocalDate.of(2024, 1, 2));
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.testing.NetraIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database created by the previous release (its migrations, listed in {@code db/previous-release}, with a case
 * in it) upgrades when the application starts on it: Flyway applies every newer migration and the application comes
 * up. A migration planted below the released ones is refused on the same kind of database, which is why
 * {@link MigrationOrderTests} refuses it at build time.
 */
@Tag(NetraIntegrationTest.TAG)
@SpringBootTest(properties = {"netra.embedded-db.enabled=false", "netra.demo.enabled=false",
        "netra.cases.sweep.cron=-"})
@DirtiesContext
class PreviousReleaseUpgradeIntegrationTests {

    private static EmbeddedPostgres server;

    @DynamicPropertySource
    static void previousReleaseDatabase(DynamicPropertyRegistry registry) throws SQLException {
        server = startServer();
        String url = createDatabase("netra_previous_release");
        previousRelease(url).migrate();
        try (Connection connection = server.getDatabase("postgres", "netra_previous_release").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(PreviousReleaseData.SQL);
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * Flyway as the previous release ran it: the application's migrations up to the release's newest one, which
     * {@link MigrationOrderTests} proves are the released files unchanged (by their hashes).
     */
    private static Flyway previousRelease(String url) {
        return Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
                .target(ReleasedMigration.newestOfPreviousRelease()).load();
    }

    private static EmbeddedPostgres startServer() {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(Path.of("target", "upgrade-pg"))
                    .setCleanDataDirectory(true).setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String createDatabase(String name) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theApplicationStarted_andAppliedEveryMigrationAfterTheRelease() {
        List<String> applied = jdbc.sql("select version from flyway_schema_history where version is not null "
                + "and success order by installed_rank").query(String.class).list();
        List<String> failed = jdbc.sql("select version from flyway_schema_history where not success")
                .query(String.class).list();
        List<String> current = MigrationFile.under("db/migration").stream().map(f -> f.version().getVersion())
                .toList();

        assertThat(failed).isEmpty();
        assertThat(applied).containsExactlyInAnyOrderElementsOf(current);
        assertThat(jdbc.sql("select count(*) from cases.case_file where report_id = cast(:id as uuid)")
                .param("id", PreviousReleaseData.REPORT_ID).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMigrationPlantedBelowTheRelease_isRefusedByFlyway() throws SQLException {
        String url = createDatabase("netra_planted");
        previousRelease(url).migrate();
        Flyway withPlanted = Flyway.configure().dataSource(url, "postgres", "")
                .locations("classpath:db/migration", "classpath:db/planted-out-of-order")
                .target(ReleasedMigration.newestOfPreviousRelease()).load();

        assertThatThrownBy(withPlanted::migrate).isInstanceOf(FlywayException.class).hasMessageContaining("4.3.1");
    }
}

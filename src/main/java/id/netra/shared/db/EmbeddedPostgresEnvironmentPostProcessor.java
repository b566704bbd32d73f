// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-setup database: when no {@code spring.datasource.url} (or {@code NETRA_DB_URL}) is configured, start an
 * embedded PostgreSQL and point the datasource at it. Running before the context exists means Flyway, JPA and
 * Hikari see an ordinary PostgreSQL URL and need no special casing.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "netraEmbeddedPostgres";

    private final Log log;

    /** Boot's deferred log: the logging system starts after this runs, and replays these lines once it does. */
    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("netra.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("netra.embedded-db.data-dir", "./data/postgres"));
        boolean clean = environment.getProperty("netra.embedded-db.clean", Boolean.class, false);
        int port = environment.getProperty("netra.embedded-db.port", Integer.class, 0);
        boolean durable = environment.getProperty("netra.embedded-db.durable", Boolean.class, true);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dataDir, clean, port, durable);
        server.takeStartNotes().forEach(note -> log.info("Embedded PostgreSQL: " + note));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "spring.datasource.password", server.password())));
    }

    /** After the config files are read, so that application.properties can switch it off or move the data. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

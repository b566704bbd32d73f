// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerIntegrationTests}: starts the embedded server on a data directory,
 * commits one row, says READY and waits to be killed with -9, leaving its PostgreSQL behind.
 */
public final class OrphanedServerMain {

    private OrphanedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), false, 0, true);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER,
                server.password()); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists before_the_kill (note text)");
            statement.execute("insert into before_the_kill values ('" + args[1] + "')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(600_000);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.netra.shared.db.EmbeddedPostgresEnvironmentPostProcessor;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Backup and restore as docs/operations.md describes them: a database Netra populated (demo data: reports, sealed
 * identities, cases, letters, the audit chain) is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore}
 * into a new database, and then every table holds the same rows (count and checksum of each) and Netra, started on
 * the restored database, finds its audit chain intact.
 *
 * <p>pg_dump refuses a server newer than itself. The test runs on the embedded PostgreSQL when a pg_dump at least as
 * new is installed, otherwise on the external server of NETRA_TEST_PG_URL (Debian's, which .ci/run starts) with the
 * matching Debian pg_dump. Without either it is skipped, and says why.
 */
@Tag(NetraIntegrationTest.TAG)
class BackupRestoreIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreIntegrationTests.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+).*");

    @TempDir
    Path temp;

    @Test
    void dumpAndRestoreOfAPopulatedDatabase_giveIdenticalTables_andAnIntactAuditChain() throws Exception {
        Target target = chooseTarget();
        String source = target.createDatabase("netra_backup_src_");
        String restored = target.createDatabase("netra_backup_dst_");
        Map<String, String> before;
        long auditEntries;
        // both databases share one anchor directory of their own: the restored chain must match the source's anchor,
        // and anchors that other tests of this run wrote for their own database must not be compared with it
        Path anchors = temp.resolve("anchors");
        try (ConfigurableApplicationContext app = netraOn(target, source, anchors)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(source);
            assertThat(jdbc.sql("select count(*) from intake.report").query(Long.class).single())
                    .as("demo reports").isGreaterThanOrEqualTo(18);
            assertThat(jdbc.sql("select count(*) from cases.case_file").query(Long.class).single()).isPositive();
            auditEntries = jdbc.sql("select count(*) from audit.entry").query(Long.class).single();
            assertThat(auditEntries).isPositive();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity())
                    .build();
            mvc.perform(post("/api/v1/admin/audit/anchor").with(TestUsers.admin("admin").principal()).with(csrf()))
                    .andExpect(status().is2xxSuccessful());
        }
        before = target.fingerprint(source);

        Path dump = temp.resolve("netra.dump");
        target.run(List.of(target.bin("pg_dump"), "-Fc", "--no-owner", "-f", dump.toString()), source);
        target.run(List.of(target.bin("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                "-d", restored, dump.toString()), restored);

        Map<String, String> after = target.fingerprint(restored);
        assertThat(before).as("tables of the source").hasSizeGreaterThan(20);
        assertThat(after).isEqualTo(before);
        try (ConfigurableApplicationContext app = netraOn(target, restored, anchors)) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity())
                    .build();
            String body = mvc.perform(get("/api/v1/admin/audit/verify").with(TestUsers.admin("admin").principal()))
                    .andReturn().getResponse().getContentAsString();
            assertThat((Boolean) JsonPath.read(body, "$.intact")).as(body).isTrue();
            assertThat(((Number) JsonPath.read(body, "$.entries")).longValue())
                    .isGreaterThanOrEqualTo(auditEntries);
        }
    }

    // --- the server and the client binaries -------------------------------------------------------------------

    private Target chooseTarget() throws Exception {
        List<Client> clients = installedClients();
        int newest = clients.stream().mapToInt(Client::major).max().orElse(0);
        Target embedded = embedded(clients);
        if (embedded != null) {
            return embedded;
        }
        String external = System.getenv("NETRA_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            Target target = Target.of(external, System.getenv().getOrDefault("NETRA_TEST_PG_USER", "netra"),
                    System.getenv().getOrDefault("NETRA_TEST_PG_PASSWORD", ""), clients);
            if (target != null) {
                log.info("Backup test on the external PostgreSQL {} (major {}) with {}", external, target.serverMajor,
                        target.client);
                return target;
            }
        }
        String reason = "no pg_dump/pg_restore at least as new as a reachable PostgreSQL: installed clients "
                + clients + " (newest major " + newest + "); the embedded server is PostgreSQL 18 and "
                + (external == null ? "NETRA_TEST_PG_URL is not set" : "NETRA_TEST_PG_URL's server is newer")
                + ". .ci/run starts Debian's PostgreSQL and sets NETRA_TEST_PG_URL; see docs/operations.md";
        log.warn("SKIPPED backup/restore round trip: {}", reason);
        Assumptions.abort(reason);
        return null;
    }

    /** The embedded server of this JVM, when some installed pg_dump can dump it. */
    private static Target embedded(List<Client> clients) throws SQLException {
        StandardEnvironment environment = new StandardEnvironment(); // the test JVM's own settings
        new EmbeddedPostgresEnvironmentPostProcessor(new DeferredLogs()).postProcessEnvironment(environment, null);
        String url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            return null;
        }
        Target target = Target.of(url.replaceFirst("\\?.*", ""), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"), clients);
        if (target != null) {
            log.info("Backup test on the embedded PostgreSQL (major {}) with {}", target.serverMajor, target.client);
        }
        return target;
    }

    /** pg_dump/pg_restore pairs: Debian's versioned directories, then whatever the PATH has. */
    private static List<Client> installedClients() throws IOException {
        List<Path> dirs = new ArrayList<>();
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).forEach(dirs::add);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        List<Client> clients = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))) {
                majorOf(dir.resolve("pg_dump")).ifPresent(major -> clients.add(new Client(dir, major)));
            }
        }
        clients.sort(Comparator.comparingInt(Client::major).reversed());
        return clients;
    }

    private static Optional<Integer> majorOf(Path pgDump) {
        try {
            Process p = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("(\\d+)(\\.\\d+)?").matcher(out);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    record Client(Path dir, int major) {
        @Override
        public String toString() {
            return "pg_dump " + major + " in " + dir;
        }
    }

    /** A PostgreSQL server, an account that may create databases on it, and a client at least as new. */
    static final class Target {
        final String host;
        final String port;
        final String serverUrl;
        final String user;
        final String password;
        final int serverMajor;
        final Client client;

        private Target(String host, String port, String serverUrl, String user, String password, int serverMajor,
                Client client) {
            this.host = host;
            this.port = port;
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
            this.serverMajor = serverMajor;
            this.client = client;
        }

        static Target of(String url, String user, String password, List<Client> clients) throws SQLException {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a jdbc:postgresql URL: " + url);
            }
            int serverMajor;
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                serverMajor = connection.getMetaData().getDatabaseMajorVersion();
            }
            Optional<Client> client = clients.stream().filter(c -> c.major() >= serverMajor).findFirst();
            return client.map(c -> new Target(m.group(1), m.group(2) == null ? "5432" : m.group(2), url, user,
                    password, serverMajor, c)).orElse(null);
        }

        String bin(String name) {
            return client.dir().resolve(name).toString();
        }

        String urlOf(String database) {
            return serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }

        String createDatabase(String prefix) throws SQLException {
            String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return name;
        }

        /** Every table's row count and an md5 of all its rows in a fixed order. */
        Map<String, String> fingerprint(String database) throws SQLException {
            Map<String, String> tables = new LinkedHashMap<>();
            try (Connection connection = DriverManager.getConnection(urlOf(database), user, password);
                    Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (var rows = statement.executeQuery("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                        order by 1""")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                for (String table : names) {
                    try (var rows = statement.executeQuery("select count(*) || ' rows, md5 ' || coalesce(md5("
                            + "string_agg(t::text, E'\\n' order by t::text)), '-') from " + table + " t")) {
                        rows.next();
                        tables.put(table, rows.getString(1));
                    }
                }
            }
            return tables;
        }

        void run(List<String> command, String database) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>(command);
            full.addAll(List.of("-h", host, "-p", port, "-U", user));
            if (!full.contains("-d")) {
                full.addAll(List.of("-d", database));
            }
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", password == null ? "" : password);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
            assertThat(process.exitValue()).as("%s: %s", String.join(" ", full), out).isZero();
        }
    }

    /**
     * Netra as `java -jar` would run it on an external database, with its demo data. Command-line arguments, because
     * application.properties outranks the builder's default properties.
     */
    private static ConfigurableApplicationContext netraOn(Target target, String database, Path anchors) {
        return new SpringApplicationBuilder(NetraApplication.class).run(
                "--spring.datasource.url=" + target.urlOf(database),
                "--spring.datasource.username=" + target.user,
                "--spring.datasource.password=" + (target.password == null ? "" : target.password),
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--netra.demo.enabled=true",
                "--netra.audit.anchor.dir=" + anchors,
                "--netra.cases.sweep.cron=-");
    }
}

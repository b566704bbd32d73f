// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.testing.NetraIntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL as the app runs it: durable, password-protected, and able to start again after the JVM
 * that ran it was killed with -9. Each test has its own cluster in a temporary directory.
 */
@Tag(NetraIntegrationTest.TAG)
class EmbeddedPostgresServerIntegrationTests {

    @TempDir
    Path temp;

    private final List<EmbeddedPostgresServer> started = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process child : children) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // dead, so its lock on the data directory is free
        }
        started.forEach(EmbeddedPostgresServer::stop);
        // a server a failed test left behind would outlive the test JVM
        for (String dir : List.of("pg", "other", "copy")) {
            LeftoverPostmaster.stopIfRunning(temp.resolve(dir));
        }
    }

    // --- Finding 2: durability --------------------------------------------------------------------------------

    @Test
    void appDefault_isDurable_fsyncAndSynchronousCommitOn() throws SQLException {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("netra.embedded-db.data-dir", temp.resolve("pg").toString());

        try (Connection connection = connectAsTheApp(environment)) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void testProperty_turnsDurabilityOff() throws SQLException {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("netra.embedded-db.data-dir", temp.resolve("pg").toString())
                .withProperty("netra.embedded-db.durable", "false");

        try (Connection connection = connectAsTheApp(environment)) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
        }
    }

    // --- Finding 5: a password, kept with the data ------------------------------------------------------------

    @Test
    void connectionWithoutThePassword_isRefused_withItAccepted() throws Exception {
        EmbeddedPostgresServer server = start(temp.resolve("pg"));

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                .isInstanceOf(PSQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
                .isInstanceOf(PSQLException.class).hasMessageContaining("password authentication failed");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
            assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
        }
    }

    @Test
    void password_isRandom_keptOwnerOnly_andPgHbaTrustsNobody() throws Exception {
        EmbeddedPostgresServer first = start(temp.resolve("pg"));
        EmbeddedPostgresServer other = start(temp.resolve("other"));

        Path file = temp.resolve("pg").resolve(EmbeddedPostgresPassword.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).isEqualTo(first.password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.password()).isNotEqualTo(other.password());
        String hba = Files.readString(temp.resolve("pg").resolve("pg_hba.conf"));
        assertThat(hba.lines().filter(line -> !line.startsWith("#") && !line.isBlank()))
                .isNotEmpty().allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"));
        assertThat(hba).contains("local   all").contains("127.0.0.1/32").contains("::1/128");
    }

    @Test
    void password_survivesRestart() throws Exception {
        EmbeddedPostgresServer first = start(temp.resolve("pg"));
        String password = first.password();
        first.stop();

        EmbeddedPostgresServer again = start(temp.resolve("pg"));

        assertThat(again.password()).isEqualTo(password);
        DriverManager.getConnection(again.jdbcUrl(), "postgres", password).close();
    }

    @Test
    void dataDirectoryOfAnEarlierVersion_withoutPassword_isUpgradedAndKeepsItsData() throws Exception {
        Path dir = temp.resolve("pg");
        // what earlier Netra versions left: zonky's trusting cluster, no password file
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('from the old version')");
        }
        assertThat(dir.resolve(EmbeddedPostgresPassword.FILE_NAME)).doesNotExist();

        EmbeddedPostgresServer server = start(dir);

        assertThat(dir.resolve(EmbeddedPostgresPassword.FILE_NAME)).exists();
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
                .isInstanceOf(PSQLException.class);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
            assertThat(single(connection, "select note from kept")).isEqualTo("from the old version");
        }
    }

    @Test
    void lostPasswordFile_ofASecuredCluster_failsWithAClearMessage() throws Exception {
        start(temp.resolve("pg")).stop();
        Files.delete(temp.resolve("pg").resolve(EmbeddedPostgresPassword.FILE_NAME));

        assertThatThrownBy(() -> start(temp.resolve("pg")))
                .hasMessageContaining("requires a password").hasMessageContaining("pg_hba.conf");
    }

    @Test
    void coldCopyOfTheDataDirectory_startsElsewhere_withItsDataAndPassword() throws Exception {
        EmbeddedPostgresServer original = start(temp.resolve("pg"));
        try (Connection connection = DriverManager.getConnection(original.jdbcUrl(), "postgres", original.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('before the copy')");
        }
        original.stop();
        Path copy = temp.resolve("copy");
        FileSystemUtils.copyRecursively(temp.resolve("pg"), copy); // docs/operations.md: stop Netra, copy ./data
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------")); // as tar keeps them

        EmbeddedPostgresServer restored = start(copy);

        assertThat(restored.password()).isEqualTo(original.password());
        try (Connection connection = DriverManager.getConnection(restored.jdbcUrl(), "postgres", restored.password())) {
            assertThat(single(connection, "select note from kept")).isEqualTo("before the copy");
        }
    }

    // --- Finding 3: start again after kill -9 -----------------------------------------------------------------

    @Test
    void serverLeftByAKilledJvm_isStoppedAndTheNextStartSucceeds_withCommittedDataKept() throws Exception {
        Path dir = temp.resolve("pg");
        String note = UUID.randomUUID().toString();
        Process child = startChildJvm(dir, note);
        long orphanPid = LeftoverPostmaster.find(dir).orElseThrow().pid();
        // kill -9 the JVM and everything it started itself (its watchdog too): only PostgreSQL, which pg_ctl
        // detached, survives, exactly as after a crash
        child.descendants().filter(p -> p.pid() != orphanPid).forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(1500); // longer than the watchdog's poll: had it survived, it would have acted by now
        assertThat(ProcessHandle.of(orphanPid)).get().matches(ProcessHandle::isAlive, "orphan still running");
        assertThat(dir.resolve("postmaster.pid")).exists();

        EmbeddedPostgresServer server = start(dir);

        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
            assertThat(single(connection, "select note from before_the_kill")).isEqualTo(note);
        }
    }

    @Test
    void whenOnlyTheJvmIsKilled_theWatchdogStopsItsServer() throws Exception {
        Path dir = temp.resolve("pg");
        Process child = startChildJvm(dir, "watched");
        ProcessHandle postmaster = LeftoverPostmaster.find(dir).orElseThrow();

        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (postmaster.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(postmaster.isAlive()).as("PostgreSQL stopped after its JVM was killed").isFalse();
        assertThat(dir.resolve("postmaster.pid")).doesNotExist(); // a clean (fast) shutdown removes it
    }

    @Test
    void serverOfANetraStillRunning_isNotStopped_theSecondStartIsRefused() throws Exception {
        Path dir = temp.resolve("pg");
        startChildJvm(dir, "alive");
        ProcessHandle postmaster = LeftoverPostmaster.find(dir).orElseThrow();

        assertThatThrownBy(() -> start(dir)).hasMessageContaining("still running");

        assertThat(postmaster.isAlive()).isTrue();
    }

    @Test
    void stalePidFile_namingAnotherProcess_isRemovedAndTheServerStarts() throws Exception {
        Path dir = temp.resolve("pg");
        start(dir).stop();
        // after a reboot the pid in the file may belong to anything: here, this very JVM
        Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");

        EmbeddedPostgresServer server = start(dir);

        DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password()).close();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private EmbeddedPostgresServer start(Path dir) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false, 0, false);
        started.add(server);
        return server;
    }

    private Connection connectAsTheApp(MockEnvironment environment) throws SQLException {
        new EmbeddedPostgresEnvironmentPostProcessor(new DeferredLogs()).postProcessEnvironment(environment, null);
        String url = environment.getProperty("spring.datasource.url");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.runningAt(url);
        started.add(server);
        return DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    /** A JVM running {@link OrphanedServerMain} on {@code dir}; returns once it has committed its row. */
    private Process startChildJvm(Path dir, String note) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServerMain.class.getName(), dir.toString(), note).redirectErrorStream(true).start();
        children.add(child);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread drain = new Thread(() -> { // reads to the end, so the child never blocks on a full pipe
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            ready.complete(false);
        }, "child-jvm-output");
        drain.setDaemon(true);
        drain.start();
        assertThat(ready.get(120, TimeUnit.SECONDS)).as("child JVM started its server").isTrue();
        return child;
    }

    private static String show(Connection connection, String setting) throws SQLException {
        return single(connection, "show " + setting);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}

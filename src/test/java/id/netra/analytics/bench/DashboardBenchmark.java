// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.bench;

import id.netra.NetraApplication;
import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.rollup.RollupRecountJob;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.reference.PositionClass;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountDetails;
import id.netra.testing.TestUsers;
import java.io.FileWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bench/dashboard.sh: one full dashboard (every panel of /analitik: nine groupings with the agency picker, the
 * funnel, PPK compliance and the weekly series) timed over the same synthetic cases in the same run:
 * (a) Netra: {@link CaseStatistics#dashboard} over the rollups (what the page and the API call, labels included), the
 * same panels as 13 separate calls (the way before), {@code GET /api/v1/stats/dashboard} over real HTTP with
 * Basic credentials and JSON (what an external API client pays: a password check per request), the same with a
 * personal API token ({@code Authorization: Bearer}, created once over HTTP with Basic), and the dashboard
 * page {@code GET /analitik} over real HTTP with a signed-in session (what a browser pays: the page's charts read
 * the numbers the page carries, they call no API; the API itself is stateless, Basic or bearer token, and answers a session
 * cookie with 401, which the run checks and prints); (b) plain PostgreSQL GROUP BY over a table of the cases, one
 * row per case with the same columns (12 queries), on a connection of its own with PostgreSQL's default parallel
 * query; (c) DuckDB (in process) over the same rows. Also times the floor of an API request ({@code GET /api/v1/me},
 * with Basic and with the token),
 * the password check every Basic request makes, and the floor of a session request (the regency picker fragment).
 * Prints p50/p95 and ratios. The cases are
 * generated in Java with a fixed seed and loaded with COPY ({@link SyntheticCases}). Not a test: run by the script
 * with the test class path (DuckDB is a test-scope dependency, never in the app).
 */
public final class DashboardBenchmark {

    private static final CurrentUser ANALYST = TestUsers.analyst("bench").currentUser();
    private static final List<StatsDimension> PANELS = List.of(StatsDimension.CATEGORY, StatsDimension.POSITION,
            StatsDimension.PROVINCE, StatsDimension.AGENCY, StatsDimension.PHASE, StatsDimension.ELECTION,
            StatsDimension.SANCTION_LEVEL, StatsDimension.OUTCOME, StatsDimension.VIOLATION);
    private static final String COLUMNS = "election_code, week, phase, province_code, region_code, agency_code,"
            + " category_code, violation_code, position_class, area_head, employment_type, funnel, sanction_level,"
            + " outcome, decision_days";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.parseInt(System.getProperty("bench.cases", "1000000"));
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "20"));
        Path work = Files.createTempDirectory("netra-bench-dashboard");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(NetraApplication.class)
                // command-line arguments: they win over application.properties, default properties do not
                .run("--server.port=0", "--netra.demo.enabled=false", "--netra.embedded-db.data-dir=" + work.resolve("pg"),
                        "--netra.analytics.recount.cron=-", "--netra.cases.sweep.cron=-",
                        "--netra.audit.anchor.cron=-", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--netra.audit.chain-key-file=" + work.resolve("chain.key"),
                        "--netra.audit.anchor.dir=" + work.resolve("anchors"),
                        "--netra.intake.evidence-dir=" + work.resolve("evidence"));
        try {
            run(app, cases, rounds, work);
        } finally {
            app.close();
            org.springframework.util.FileSystemUtils.deleteRecursively(work);
        }
    }

    private static void run(ConfigurableApplicationContext app, int cases, int rounds, Path work) throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        CaseStatistics statistics = app.getBean(CaseStatistics.class);
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            SyntheticCases generator = SyntheticCases.of(c, cases);
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy cases.case_file (" + SyntheticCases.COLUMNS
                    + ") from stdin", generator.reader());
            log("copied %,d synthetic cases into cases.case_file in %.1f s", cases, seconds(t0));
            ScriptUtils.executeSqlScript(c, new ByteArrayResource(Files.readAllBytes(Path.of("bench",
                    "dashboard-load.sql"))));
        }
        log("loaded %,d synthetic cases (COPY, then categories and transitions by SQL) in %.1f s", cases,
                seconds(t0));
        t0 = System.nanoTime();
        var result = app.getBean(RollupRecountJob.class).runNow().orElseThrow();
        log("recount into rollups: %s in %.1f s", result, seconds(t0));

        Path csv = work.resolve("cases.csv");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists public.bench_case_flat");
            s.execute("create table public.bench_case_flat as select " + prefixed("r.")
                    + " from analytics.case_rollup_member m join analytics.case_rollup r on r.id = m.rollup_id");
            s.execute("analyze public.bench_case_flat");
            try (Writer out = new FileWriter(csv.toFile(), StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy public.bench_case_flat to stdout with (format csv, header)", out);
            }
            long cells = count(s, "select count(*) from analytics.case_rollup where cases > 0");
            long rows = count(s, "select count(*) from public.bench_case_flat");
            log("rollup cells: %,d for %,d case rows (%.1f cases per cell)", cells, rows, (double) rows / cells);
            log("small rollups: %,d rows in %d grains; largest grain %,d rows; the no-filter dashboard reads %,d rows",
                    count(s, "select count(*) from analytics.case_rollup_cube"),
                    count(s, "select count(distinct grain) from analytics.case_rollup_cube"),
                    count(s, "select coalesce(max(n), 0) from (select count(*) n from analytics.case_rollup_cube"
                            + " group by grain) g"),
                    noFilterRows(s));
            // how many cells other grains would need on the same cases: what a coarser rollup would save
            for (String grain : List.of("election_code, week, province_code, category_code, position_class, funnel",
                    "election_code, province_code, category_code, position_class, funnel, sanction_level, outcome",
                    "election_code, week, region_code", "election_code, province_code, category_code")) {
                log("cells at grain (%s): %,d", grain,
                        count(s, "select count(*) from (select distinct " + grain + " from public.bench_case_flat) d"));
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // how one panel's read is planned and what it costs inside PostgreSQL (the unfiltered category panel)
            int grain = id.netra.analytics.rollup.RollupCube.smallestWith(java.util.Set.of("category_code"))
                    .orElseThrow().id();
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) select r.category_code::text, sum(r.cases)"
                    + " from analytics.case_rollup_cube r where r.grain = " + grain + " group by 1")) {
                while (rs.next()) {
                    log("plan: %s", rs.getString(1));
                }
            }
        }
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("create table bench_case_flat as select * from read_csv('" + csv + "', header = true,"
                    + " types = {'week': 'DATE', 'funnel': 'INTEGER', 'decision_days': 'INTEGER', 'area_head': 'BOOLEAN'})");
        }

        Map<String, StatsFilter> filters = new LinkedHashMap<>();
        filters.put("no filter", StatsFilter.none());
        filters.put("election + province", StatsFilter.none().withElection("PILKADA-2024").withRegion("36"));
        filters.put("election + position", new StatsFilter("PILKADA-2024", null, null, PositionClass.FUNGSIONAL, null,
                null, null, null, null, null));

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        String password = "bench-" + UUID.randomUUID();
        app.getBean(AccountAdministration.class).create("bench.analyst", new AccountDetails("Bench Analyst",
                "bench.analyst@example.org", Role.ANALYST, null, null), password, false, "bench");
        String basic = "Basic " + Base64.getEncoder().encodeToString(("bench.analyst:" + password)
                .getBytes(StandardCharsets.UTF_8));
        // a personal API token, created once through the API with Basic, for the same requests with "Bearer"
        String bearer = "Bearer " + createToken(http, base, basic);
        PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
        String hash = encoder.encode(password);
        // a browser's session: the login form once (with its CSRF token), then only the session cookie
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String session = signIn(browser, base, "bench.analyst", password);
        int apiWithSession = status(browser, base + "/api/v1/stats/dashboard", session);
        log("GET /api/v1/stats/dashboard with the session cookie and no password answers %d (the API is stateless,"
                + " HTTP Basic or bearer token only)", apiWithSession);

        System.out.println();
        System.out.printf("%-22s %-30s %10s %10s%n", "filter", "engine", "p50 ms", "p95 ms");
        List<String> ratios = new ArrayList<>();
        // the baseline on a connection of its own, with PostgreSQL's defaults: the application's pool turns parallel
        // query off (application.properties), which a plain GROUP BY over a million rows would be denied unfairly
        var env = app.getEnvironment();
        try (Connection pg = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"))) {
            try (Connection pooled = dataSource.getConnection(); Statement a = pooled.createStatement();
                    Statement b = pg.createStatement()) {
                log("max_parallel_workers_per_gather: application pool %s, group by baseline %s",
                        show(a, "max_parallel_workers_per_gather"), show(b, "max_parallel_workers_per_gather"));
            }
            double[] floor = time(rounds, () -> get(http, base + "/api/v1/me", basic));
            double[] bearerFloor = time(rounds, () -> get(http, base + "/api/v1/me", bearer));
            double[] bcrypt = time(rounds, () -> encoder.matches(password, hash));
            double[] sessionFloor = time(rounds, () -> page(browser, base + "/analitik/kabupaten?province=36", session));
            print("-", "http floor: GET /api/v1/me", floor);
            print("-", "http floor: GET /api/v1/me, bearer", bearerFloor);
            print("-", "password check (bcrypt)", bcrypt);
            print("-", "session floor: regency picker", sessionFloor);
            for (var entry : filters.entrySet()) {
                StatsFilter filter = entry.getValue();
                String where = where(filter);
                String query = query(filter);
                double[] netra = time(rounds, () -> statistics.dashboard(filter, PANELS, ANALYST));
                double[] perPanel = time(rounds, () -> netraPerPanel(statistics, filter));
                double[] api = time(rounds, () -> get(http, base + "/api/v1/stats/dashboard" + query, basic));
                double[] apiBearer = time(rounds, () -> get(http, base + "/api/v1/stats/dashboard" + query, bearer));
                double[] pageTime = time(rounds, () -> page(browser, base + "/analitik" + pageQuery(filter), session));
                double[] plain = time(rounds, () -> sqlDashboard(pg, where));
                double[] duckdb = time(rounds, () -> sqlDashboard(duck, where));
                // the same again last: whether running first (after the load or the previous filter's engines) costs
                double[] again = time(rounds, () -> statistics.dashboard(filter, PANELS, ANALYST));
                print(entry.getKey(), "netra (one statement)", netra);
                print(entry.getKey(), "netra (one statement, again)", again);
                print(entry.getKey(), "netra (13 calls)", perPanel);
                print(entry.getKey(), "netra api, http, Basic", api);
                print(entry.getKey(), "netra api, http, bearer token", apiBearer);
                print(entry.getKey(), "netra page, http, session", pageTime);
                print(entry.getKey(), "postgresql group by", plain);
                print(entry.getKey(), "duckdb", duckdb);
                ratios.add(String.format("%-22s netra/duckdb p50 = %.2f (goal <= 1.0)   postgresql/netra p50 = %.1fx"
                        + " (goal >= 20x)   postgresql/netra-api-over-http p50 = %.1fx   duckdb/netra = %.1fx"
                        + "   netra-api-over-http/duckdb p50 = %.2f",
                        entry.getKey(), p(netra, 50) / p(duckdb, 50), p(plain, 50) / p(netra, 50),
                        p(plain, 50) / p(api, 50), p(duckdb, 50) / p(netra, 50), p(api, 50) / p(duckdb, 50)));
                ratios.add(String.format("%-22s session (page /analitik over http): netra/duckdb p50 = %.2f (goal <= 1.0)"
                        + "   postgresql/netra p50 = %.1fx (goal >= 20x)",
                        entry.getKey(), p(pageTime, 50) / p(duckdb, 50), p(plain, 50) / p(pageTime, 50)));
                ratios.add(String.format("%-22s Basic (api, what an external client pays): netra/duckdb p50 = %.2f"
                        + "   postgresql/netra p50 = %.1fx",
                        entry.getKey(), p(api, 50) / p(duckdb, 50), p(plain, 50) / p(api, 50)));
                ratios.add(String.format("%-22s bearer token (api): netra/duckdb p50 = %.2f   postgresql/netra p50 = %.1fx"
                        + "   Basic/bearer p50 = %.2f",
                        entry.getKey(), p(apiBearer, 50) / p(duckdb, 50), p(plain, 50) / p(apiBearer, 50),
                        p(api, 50) / p(apiBearer, 50)));
            }
        }
        System.out.println();
        ratios.forEach(System.out::println);
        duck.close();
    }

    /** The same panels the old way: one call, one statement, per panel. */
    private static void netraPerPanel(CaseStatistics statistics, StatsFilter filter) {
        for (StatsDimension dimension : PANELS) {
            statistics.summary(filter, dimension, ANALYST);
        }
        statistics.summary(filter, StatsDimension.AGENCY, ANALYST); // the agency picker
        statistics.funnel(filter, ANALYST);
        statistics.compliance(filter, ANALYST);
        statistics.weekly(filter, ANALYST);
    }

    private static void get(HttpClient http, String uri, String authorization) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", authorization).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** A personal API token for the signed-in account, created over HTTP with Basic as an integration would. */
    private static String createToken(HttpClient http, String base, String basic) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench dashboard\",\"expiresInDays\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(created.body());
        if (created.statusCode() != 201 || !secret.find()) {
            throw new IllegalStateException("creating an API token answered " + created.statusCode() + ": "
                    + created.body());
        }
        return secret.group(1);
    }

    /** Signs in through the login form and answers the session cookie ("JSESSIONID=..."). */
    private static String signIn(HttpClient http, String base, String username, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login form");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", sessionCookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + " to " + location);
        }
        return sessionCookie(signedIn);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int status(HttpClient http, String uri, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Cookie", cookie)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A page with the session cookie, as a browser asks for it; anything but 200 (a redirect to sign in) fails. */
    private static void page(HttpClient http, String uri, String cookie) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri)).header("Cookie", cookie)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
    }

    /** The page's own parameter names (province, not region). */
    private static String pageQuery(StatsFilter filter) {
        return query(filter).replace("region=", "province=");
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String query(StatsFilter filter) {
        List<String> params = new ArrayList<>();
        if (filter.electionCode() != null) {
            params.add("election=" + filter.electionCode());
        }
        if (filter.regionCode() != null) {
            params.add("region=" + filter.regionCode());
        }
        if (filter.positionClass() != null) {
            params.add("position=" + filter.positionClass().name());
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    /** The same aggregates as plain GROUP BY over one row per case. */
    private static void sqlDashboard(Connection c, String where) throws Exception {
        List<String> queries = new ArrayList<>();
        // the agency picker is the agency panel again, as on the page: not counted twice
        for (String column : List.of("category_code", "position_class", "province_code", "agency_code", "phase",
                "election_code", "outcome", "violation_code")) {
            queries.add("select " + column + ", count(*) from bench_case_flat where " + where + " group by 1");
        }
        queries.add("select sanction_level, count(*) from bench_case_flat where " + where
                + " and sanction_level is not null group by 1");
        queries.add("select funnel, count(*) from bench_case_flat where " + where + " group by 1");
        queries.add("select funnel, decision_days, count(*) from bench_case_flat where " + where
                + " and funnel >= 2 group by 1, 2");
        queries.add("select week, count(*) from bench_case_flat where " + where + " group by 1");
        try (Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }
    }

    private static String where(StatsFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (filter.electionCode() != null) {
            conditions.add("election_code = '" + filter.electionCode() + "'");
        }
        if (filter.regionCode() != null) {
            conditions.add("province_code = '" + filter.regionCode() + "'");
        }
        if (filter.positionClass() != null) {
            conditions.add("position_class = '" + filter.positionClass().name() + "'");
        }
        return String.join(" and ", conditions);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double[] time(int rounds, Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double p(double[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void print(String filter, String engine, double[] ms) {
        System.out.printf("%-22s %-30s %10.1f %10.1f%n", filter, engine, p(ms, 50), p(ms, 95));
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of the grains the unfiltered dashboard reads (election alone with each panel's columns). */
    private static long noFilterRows(Statement s) throws Exception {
        long rows = 0;
        for (String columns : List.of("category_code", "position_class", "province_code", "phase", "sanction_level",
                "outcome", "violation_code", "funnel", "week")) {
            int grain = id.netra.analytics.rollup.RollupCube.smallestWith(
                    java.util.Set.of("election_code", columns)).orElseThrow().id();
            rows += count(s, "select count(*) from analytics.case_rollup_cube where grain = " + grain);
        }
        return rows;
    }

    private static String prefixed(String alias) {
        return String.join(", ", Arrays.stream(COLUMNS.split(",")).map(c -> alias + c.strip()).toList());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[dashboard] " + format + "%n", args);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import jakarta.servlet.Filter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, item 6: the hostile corpus. Every operation of the OpenAPI document is attacked ({@link OpenApiCorpus}),
 * anonymously and as each demo role in turn. No answer may be a 5xx, and after every refusal (4xx) every table of
 * every Netra schema must hold exactly as many rows as before. Runs in-process (the demo users are signed in
 * without a password check, which would dominate the run time); the envelope attacks that only a real servlet
 * container reproduces are in {@link RealServerEnvelopeIntegrationTests}.
 */
@NetraIntegrationTest
class OpenApiHostileCorpusIntegrationTests {

    /** Anonymous, then every demo account (from the shared test-user fixture). */
    static final List<Caller> CALLERS = Stream.concat(Stream.of(new Caller("anonymous", null)),
            TestUsers.demoAccounts().stream().map(u -> new Caller(u.username(), u))).toList();

    /** @param user null for an anonymous caller */
    record Caller(String label, TestUsers.TestUser user) {
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    /** Each request from its own address, so that the public rate limits do not hide what lies behind them. */
    int clients = 1;

    @BeforeEach
    void setUp() {
        List<Filter> filters = new ArrayList<>(context.getBeansOfType(Filter.class).entrySet().stream()
                .filter(entry -> !entry.getKey().equals("springSecurityFilterChain")).map(Map.Entry::getValue)
                .toList());
        AnnotationAwareOrderComparator.sort(filters);
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(filters.toArray(Filter[]::new))
                .apply(springSecurity()).build();
    }

    @Test
    void everyDocumentedOperation_survivesTheCorpusAsEveryCaller() throws Exception {
        JsonNode document = JsonMapper.builder().build().readTree(mvc.perform(
                MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Map<String, List<HostileRequest>> corpus = new OpenApiCorpus(document).generate();
        TableCounts tables = new TableCounts(jdbc);
        Map<String, Long> before = settledCounts(tables);

        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        for (Map.Entry<String, List<HostileRequest>> operation : corpus.entrySet()) {
            List<HostileRequest> attacks = operation.getValue();
            for (int i = 0; i < attacks.size(); i++) {
                List<Caller> callers = i == 0 ? CALLERS : List.of(CALLERS.get(i % CALLERS.size()));
                for (Caller caller : callers) {
                    HostileRequest attack = attacks.get(i);
                    String label = operation.getKey() + " [" + attack.name() + "] as " + caller.label();
                    sent++;
                    int status;
                    try {
                        status = send(attack, caller).getResponse().getStatus();
                    } catch (Exception escaped) {
                        failures.add(label + " -> escaped as " + escaped);
                        continue;
                    }
                    if (status >= 500) {
                        failures.add(label + " -> " + status);
                    } else if (status >= 400) {
                        refused++;
                        Map<String, Long> after = tables.now();
                        if (!after.equals(before)) {
                            failures.add(label + " was refused with " + status + " but changed "
                                    + diff(before, after));
                            before = after;
                        }
                    } else {
                        before = tables.now();
                    }
                }
            }
        }

        System.out.printf("Hostile corpus: %d operations, %d requests, %d refused, %d tables watched%n",
                corpus.size(), sent, refused, tables.tables());
        assertThat(failures).as(() -> sentence(failures)).isEmpty();
        assertThat(corpus.keySet()).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(40);
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(refused).isGreaterThanOrEqualTo(sent / 2);
        assertThat(tables.tables()).isGreaterThanOrEqualTo(20);
    }

    /** Issue 8, finding 10: the receipt belongs in a header or the multipart body, never in the URL. */
    @Test
    void openApi_documentsNoReceiptInTheQueryString() throws Exception {
        JsonNode document = JsonMapper.builder().build().readTree(mvc.perform(
                MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());

        List<String> inQuery = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operation.getValue().path("parameters").forEach(parameter -> {
                    if ("receipt".equals(parameter.path("name").asString())
                            && !"header".equals(parameter.path("in").asString())) {
                        inQuery.add(operation.getKey() + " " + path.getKey());
                    }
                });
            }
        }

        assertThat(inQuery).isEmpty();
        assertThat(document.at("/paths/~1api~1v1~1reports~1evidence/post/requestBody/content").toString())
                .contains("multipart/form-data", "receipt");
    }

    private MvcResult send(HostileRequest attack, Caller caller) throws Exception {
        int client = clients++;
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(attack.method()),
                URI.create(attack.uri())).remoteAddress("10." + (client >> 16 & 255) + "." + (client >> 8 & 255)
                + "." + (client & 255));
        if (attack.contentType() != null) {
            request.header(HttpHeaders.CONTENT_TYPE, attack.contentType());
        }
        if (attack.body() != null) {
            request.content(attack.body());
        }
        if (caller.user() != null) {
            request.with(caller.user().principal());
        }
        return mvc.perform(request).andReturn();
    }

    /** Demo data opens cases asynchronously at start; wait until nothing moves before comparing. */
    private static Map<String, Long> settledCounts(TableCounts tables) throws InterruptedException {
        Map<String, Long> previous = tables.now();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(500);
            Map<String, Long> current = tables.now();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + "->" + count);
            }
        });
        return String.join(", ", changed);
    }

    private static String sentence(List<String> failures) {
        return failures.size() + " failures:\n" + String.join("\n", failures.stream().limit(80).toList());
    }
}

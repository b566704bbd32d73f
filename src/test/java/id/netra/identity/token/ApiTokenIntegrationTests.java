// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens on real PostgreSQL: a token signs its requests in as its owner with the owner's roles and
 * scope, exactly as HTTP Basic does; revoked, expired, unknown tokens and tokens of disabled accounts get one and the
 * same 401; only the hash is stored; creating and revoking are audited.
 */
@NetraIntegrationTest
class ApiTokenIntegrationTests {

    static final String MINE = "/api/v1/me/tokens";
    static final String ACCOUNTS = "/api/v1/admin/users";
    static final String PASSWORD = "a long enough secret";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void token_actsAsItsOwner_exactlyLikeBasic() throws Exception {
        String token = create(TestUsers.PPK_OFFICER.basic(), "rekap harian", 30);

        MockHttpServletResponse meByToken = mvc.perform(get("/api/v1/me").with(bearer(token))).andReturn()
                .getResponse();
        String meByPassword = body(get("/api/v1/me").with(TestUsers.PPK_OFFICER.basic()));

        assertThat(meByToken.getStatus()).isEqualTo(200);
        assertThat(json.readTree(meByToken.getContentAsString())).isEqualTo(json.readTree(meByPassword));
        assertThat(JsonPath.<String>read(meByPassword, "$.agencyCode")).isEqualTo("PEMKAB-36.01");
        assertThat(body(get("/api/v1/cases").param("size", "100").with(bearer(token))))
                .isEqualTo(body(get("/api/v1/cases").param("size", "100").with(TestUsers.PPK_OFFICER.basic())));
    }

    @Test
    void ppkToken_doesNotSeeAnotherAgencysCases() throws Exception {
        String token = create(TestUsers.PPK_OFFICER.basic(), "sistem kepegawaian", null);
        long otherAgencysCase = jdbc.sql("select id from cases.case_file where agency_code <> 'PEMKAB-36.01' "
                + "order by id limit 1").query(Long.class).single();
        long ownCase = jdbc.sql("select id from cases.case_file where agency_code = 'PEMKAB-36.01' order by id "
                + "limit 1").query(Long.class).single();

        String list = body(get("/api/v1/cases").param("size", "100").with(bearer(token)));

        assertThat(JsonPath.<List<String>>read(list, "$.items[*].agencyCode")).isNotEmpty()
                .allMatch("PEMKAB-36.01"::equals);
        assertThat(status(get("/api/v1/cases/" + otherAgencysCase).with(bearer(token)))).isEqualTo(404);
        assertThat(status(get("/api/v1/cases/" + ownCase).with(bearer(token)))).isEqualTo(200);
        assertThat(status(get(ACCOUNTS).with(bearer(token)))).as("roles carried over").isEqualTo(403);
    }

    @Test
    void revokedToken_isRefused_withTheSameAnswerAsAnUnknownOne() throws Exception {
        JsonNode created = createFull(TestUsers.ANALYST.basic(), "dibuang", 7);
        String token = created.path("secret").asString();
        String id = created.path("token").path("id").asString();
        assertThat(status(get("/api/v1/me").with(bearer(token)))).isEqualTo(200);

        MockHttpServletResponse revoked = mvc.perform(delete(MINE + "/" + id).with(TestUsers.ANALYST.basic()))
                .andReturn().getResponse();

        assertThat(revoked.getStatus()).isEqualTo(200);
        assertThat(json.readTree(revoked.getContentAsString()).path("status").asString()).isEqualTo("REVOKED");
        MockHttpServletResponse refused = mvc.perform(get("/api/v1/me").with(bearer(token))).andReturn()
                .getResponse();
        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/me").with(bearer(ApiTokenSecrets.generate())))
                .andReturn().getResponse();
        MockHttpServletResponse malformed = mvc.perform(get("/api/v1/me").with(bearer("abc"))).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer ")
                .contains("error=\"invalid_token\"");
        assertThat(detail(refused)).contains("Token API ini tidak dapat dipakai");
        for (MockHttpServletResponse other : List.of(unknown, malformed)) {
            assertThat(other.getStatus()).isEqualTo(401);
            assertThat(detail(other)).isEqualTo(detail(refused));
            assertThat(other.getHeader(HttpHeaders.WWW_AUTHENTICATE))
                    .isEqualTo(refused.getHeader(HttpHeaders.WWW_AUTHENTICATE));
        }
    }

    @Test
    void expiredToken_isRefused() throws Exception {
        JsonNode created = createFull(TestUsers.ANALYST.basic(), "kedaluwarsa", 1);
        String token = created.path("secret").asString();
        assertThat(status(get("/api/v1/me").with(bearer(token)))).isEqualTo(200);

        jdbc.sql("update identity.api_token set created_at = now() - interval '2 days', "
                + "expires_at = now() - interval '1 minute' where id = :id")
                .param("id", UUID.fromString(created.path("token").path("id").asString())).update();

        assertThat(status(get("/api/v1/me").with(bearer(token)))).isEqualTo(401);
        assertThat(tokenOf(TestUsers.ANALYST.basic(), created.path("token").path("id").asString())
                .path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void tokenOfADeactivatedAccount_isRefused_untilReactivated() throws Exception {
        String name = "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        RequestPostProcessor admin = TestUsers.admin("root-admin").principal();
        assertThat(send(post(ACCOUNTS), admin, "{\"username\":\"" + name + "\",\"displayName\":\"Budi\","
                + "\"email\":\"" + name + "@example.org\",\"role\":\"ANALYST\",\"password\":\"" + PASSWORD + "\"}")
                .getStatus()).isEqualTo(201);
        String token = create(TestUsers.named(name).basic(PASSWORD), "skrip", 30);
        assertThat(status(get("/api/v1/me").with(bearer(token)))).isEqualTo(200);

        mvc.perform(post(ACCOUNTS + "/" + name + "/deactivate").with(admin));
        int whileInactive = status(get("/api/v1/me").with(bearer(token)));
        mvc.perform(post(ACCOUNTS + "/" + name + "/reactivate").with(admin));

        assertThat(whileInactive).isEqualTo(401);
        assertThat(status(get("/api/v1/me").with(bearer(token)))).isEqualTo(200);
    }

    @Test
    void onlyTheHash_isStored() throws Exception {
        JsonNode created = createFull(TestUsers.BKN_OFFICER.basic(), "hash saja", 30);
        String secret = created.path("secret").asString();
        UUID id = UUID.fromString(created.path("token").path("id").asString());

        Map<String, Object> row = jdbc.sql("select * from identity.api_token where id = :id").param("id", id)
                .query().singleRow();

        assertThat(secret).startsWith("netra_").hasSize(49);
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(secret));
        assertThat(row.get("secret_hash")).isEqualTo(ApiTokenSecrets.hash(secret));
        assertThat(row.get("prefix")).isEqualTo(secret.substring(0, 14));
        assertThat(created.path("token").path("prefix").asString()).isEqualTo(secret.substring(0, 14));
        String listed = body(get(MINE).with(TestUsers.BKN_OFFICER.basic()));
        assertThat(listed).contains(id.toString()).doesNotContain(secret).doesNotContain(ApiTokenSecrets.hash(secret));
    }

    @Test
    void lastUse_isWrittenAtMostOnceAMinute() throws Exception {
        JsonNode created = createFull(TestUsers.BKN_OFFICER.basic(), "dipakai", 30);
        String token = created.path("secret").asString();
        UUID id = UUID.fromString(created.path("token").path("id").asString());
        assertThat(lastUsed(id)).isNull();

        mvc.perform(get("/api/v1/me").with(bearer(token)));
        String first = lastUsed(id);
        jdbc.sql("update identity.api_token set last_used_at = last_used_at - interval '30 seconds' where id = :id")
                .param("id", id).update();
        String halfAMinuteAgo = lastUsed(id);
        mvc.perform(get("/api/v1/me").with(bearer(token)));
        String unchanged = lastUsed(id);
        jdbc.sql("update identity.api_token set last_used_at = last_used_at - interval '1 minute' where id = :id")
                .param("id", id).update();
        mvc.perform(get("/api/v1/me").with(bearer(token)));

        assertThat(first).isNotNull();
        assertThat(unchanged).isEqualTo(halfAMinuteAgo);
        assertThat(lastUsed(id)).isGreaterThan(halfAMinuteAgo);
    }

    @Test
    void creation_isValidated_inIndonesian() throws Exception {
        MockHttpServletResponse blank = send(post(MINE), TestUsers.ANALYST.basic(),
                "{\"name\":\"  \",\"expiresInDays\":400}");

        assertThat(blank.getStatus()).isEqualTo(422);
        JsonNode errors = json.readTree(blank.getContentAsString()).path("errors");
        assertThat(messageAt(errors, "name")).contains("Isi nama token");
        assertThat(messageAt(errors, "expiresInDays")).contains("antara 1 dan 365 hari");
        assertThat(send(post(MINE), TestUsers.ANALYST.basic(), "{\"name\":\"a\\u0000b\"}").getStatus())
                .isEqualTo(422);
    }

    @Test
    void aToken_cannotCreateAnotherToken_butCanListAndRevoke() throws Exception {
        JsonNode created = createFull(TestUsers.SUPERVISOR.basic(), "pembuat", 30);
        String token = created.path("secret").asString();

        MockHttpServletResponse refused = send(post(MINE), bearer(token), "{\"name\":\"anak\"}");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(detail(refused)).contains("kata sandi");
        assertThat(body(get(MINE).with(bearer(token)))).contains(created.path("token").path("id").asString());
        assertThat(status(delete(MINE + "/" + created.path("token").path("id").asString()).with(bearer(token))))
                .isEqualTo(200);
        assertThat(status(get(MINE).with(bearer(token)))).isEqualTo(401);
    }

    @Test
    void someoneElsesToken_isNotFound_butAnAdministratorRevokesIt() throws Exception {
        JsonNode created = createFull(TestUsers.BAWASLU_OFFICER.basic(), "milik bawaslu", 30);
        String id = created.path("token").path("id").asString();
        RequestPostProcessor admin = TestUsers.admin("root-admin").principal();

        assertThat(status(delete(MINE + "/" + id).with(TestUsers.ANALYST.basic()))).isEqualTo(404);
        assertThat(status(get(ACCOUNTS + "/bawaslu-officer/tokens").with(TestUsers.ANALYST.basic())))
                .isEqualTo(403);
        assertThat(body(get(ACCOUNTS + "/bawaslu-officer/tokens").with(admin))).contains(id);
        assertThat(status(delete(ACCOUNTS + "/analyst/tokens/" + id).with(admin))).as("wrong owner").isEqualTo(404);
        assertThat(status(delete(ACCOUNTS + "/bawaslu-officer/tokens/" + id).with(admin))).isEqualTo(200);

        assertThat(status(get("/api/v1/me").with(bearer(created.path("secret").asString())))).isEqualTo(401);
        assertThat(tokenOf(TestUsers.BAWASLU_OFFICER.basic(), id).path("revokedBy").asString())
                .isEqualTo("root-admin");
    }

    @Test
    void creationAndRevocation_areAudited_withoutTheSecret() throws Exception {
        JsonNode created = createFull(TestUsers.SATGAS_VERIFIER.basic(), "diaudit", 30);
        String secret = created.path("secret").asString();
        String id = created.path("token").path("id").asString();
        mvc.perform(delete(MINE + "/" + id).with(TestUsers.SATGAS_VERIFIER.basic()));
        mvc.perform(delete(MINE + "/" + id).with(TestUsers.SATGAS_VERIFIER.basic()));

        List<AuditRow> rows = jdbc.sql("select action, actor, details from audit.entry where subject_type = "
                + "'api-token' and subject_id = :id order by sequence_number").param("id", id).query(AuditRow.class)
                .list();

        assertThat(rows).extracting(AuditRow::action).as("revoking twice is recorded once")
                .containsExactly("identity.token.created", "identity.token.revoked");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo("satgas-verifier");
            assertThat(row.details()).contains("diaudit", secret.substring(0, 14)).doesNotContain(secret)
                    .doesNotContain(ApiTokenSecrets.hash(secret));
        });
    }

    @Test
    void basic_keepsWorking_andAWrongPasswordIsStillTheBasicAnswer() throws Exception {
        assertThat(status(get("/api/v1/me").with(TestUsers.ANALYST.basic()))).isEqualTo(200);
        MockHttpServletResponse wrong = mvc.perform(get("/api/v1/me").with(TestUsers.named("no-such-account").basic("wrong one")))
                .andReturn().getResponse();
        MockHttpServletResponse none = mvc.perform(get("/api/v1/me")).andReturn().getResponse();

        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(detail(none)).contains("token API");
    }

    @Test
    void openApi_documentsBasicAndBearer_onAllButThePublicOperations() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());

        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("paths").path(MINE).path("post").path("security").toString())
                .contains("basicAuth", "bearerAuth");
        assertThat(document.path("paths").path("/api/v1/cases").path("get").path("security").toString())
                .contains("bearerAuth");
        JsonNode publicReport = document.path("paths").path("/api/v1/reports").path("post").path("security");
        assertThat(publicReport.isArray() && publicReport.isEmpty()).as("the public report form needs no credentials: "
                + publicReport).isTrue();
    }

    record AuditRow(String action, String actor, String details) {
    }

    static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    private String create(RequestPostProcessor owner, String name, Integer days) throws Exception {
        return createFull(owner, name, days).path("secret").asString();
    }

    private JsonNode createFull(RequestPostProcessor owner, String name, Integer days) throws Exception {
        MockHttpServletResponse response = send(post(MINE), owner,
                "{\"name\":\"" + name + "\"" + (days == null ? "" : ",\"expiresInDays\":" + days) + "}");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private JsonNode tokenOf(RequestPostProcessor owner, String id) throws Exception {
        return json.readTree(body(get(MINE).with(owner))).valueStream()
                .filter(token -> token.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private String lastUsed(UUID id) {
        return jdbc.sql("select to_char(last_used_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') "
                + "from identity.api_token where id = :id").param("id", id).query(String.class).list().get(0);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor caller,
            String body) throws Exception {
        return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
                .getResponse();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String detail(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString()).path("detail").asString();
    }

    private static String messageAt(JsonNode errors, String field) {
        return errors.valueStream().filter(e -> e.path("field").asString().equals(field))
                .map(e -> e.path("message").asString()).findFirst().orElse("(no error at " + field + ")");
    }
}

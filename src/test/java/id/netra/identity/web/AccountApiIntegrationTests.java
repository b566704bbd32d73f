// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.netra.identity.Role;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import id.netra.testing.TestUsers.TestUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

/** {@code /api/v1/admin/users} on real PostgreSQL: the rules, sign-in after (de)activation, the audit trail. */
@NetraIntegrationTest
class AccountApiIntegrationTests {

    static final String API = "/api/v1/admin/users";
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
    void validPpkOfficer_isCreatedAndCanSignIn() throws Exception {
        String name = unique();

        MockHttpServletResponse response = send(post(API), admin(), create(name, "PPK_OFFICER", "PEMKAB-36.01",
                "36.01", PASSWORD, false));

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.path("account").path("username").asString()).isEqualTo(name);
        assertThat(body.path("account").path("role").asString()).isEqualTo("PPK_OFFICER");
        assertThat(body.path("account").path("active").asBoolean()).isTrue();
        assertThat(body.path("generatedPassword").isNull()).isTrue();
        assertThat(me(name, PASSWORD)).isEqualTo(200);
    }

    @Test
    void generatedPassword_isReturnedOnceAndWorks() throws Exception {
        String name = unique();

        JsonNode body = json.readTree(send(post(API), admin(), create(name, "ANALYST", null, null, null, true))
                .getContentAsString());
        String generated = body.path("generatedPassword").asString();

        assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
        assertThat(me(name, generated)).isEqualTo(200);
        String fetched = mvc.perform(get(API + "/" + name).with(admin())).andReturn().getResponse().getContentAsString();
        assertThat(fetched).doesNotContain(generated).doesNotContainIgnoringCase("password");
    }

    @Test
    void eachInvalidField_isExplainedAtThatFieldInIndonesian() throws Exception {
        MockHttpServletResponse response = send(post(API), admin(),
                create("X!", "PPK_OFFICER", null, "3601", "short", false).replace("\"displayName\":\"Budi Santoso\"",
                        "\"displayName\":\"\"").replace("@example.org", "example.org"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
        assertThat(messageAt(errors, "username")).startsWith("Nama pengguna harus 3–40 karakter");
        assertThat(messageAt(errors, "displayName")).isEqualTo("Isi nama tampilan, misalnya nama lengkap pemilik akun.");
        assertThat(messageAt(errors, "email")).startsWith("Alamat e-mail tidak valid");
        assertThat(messageAt(errors, "agencyCode")).startsWith("Peran Petugas PPK memerlukan instansi");
        assertThat(messageAt(errors, "regionCode")).startsWith("Kode wilayah tidak berbentuk benar");
        assertThat(messageAt(errors, "password")).isEqualTo("Kata sandi harus 12–128 karakter.");
    }

    @Test
    void wellFormedButUnknownAgencyAndRegion_areRefusedWithTheCodeNamed() throws Exception {
        String name = unique();

        MockHttpServletResponse response = send(post(API), admin(), create(name, "PPK_OFFICER", "PEMKAB-36.99",
                "36.99", PASSWORD, false));

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
        assertThat(messageAt(errors, "agencyCode")).isEqualTo(
                "Tidak ada instansi dengan kode PEMKAB-36.99. Periksa kodenya di Data referensi.");
        assertThat(messageAt(errors, "regionCode")).startsWith("Tidak ada wilayah dengan kode 36.99.");
        assertThat(me(name, PASSWORD)).as("nothing was created").isEqualTo(401);
    }

    @Test
    void invalidField_inEnglish_isExplainedInEnglish() throws Exception {
        MockHttpServletResponse response = send(post(API + "?lang=en"), admin(),
                create("budi_x", "BAWASLU_OFFICER", null, null, PASSWORD, false));

        JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
        assertThat(messageAt(errors, "username")).startsWith("The username may contain only lowercase letters");
        assertThat(messageAt(errors, "regionCode")).startsWith("Role Bawaslu officer needs a region");
    }

    @Test
    void unknownRoleOrTakenUsernameOrUnknownAccount_isAClientError() throws Exception {
        assertThat(send(post(API), admin(), create(unique(), "KING", null, null, PASSWORD, false)).getStatus())
                .isEqualTo(400);
        assertThat(send(post(API), admin(), create("admin", "ADMIN", null, null, PASSWORD, false)).getStatus())
                .isEqualTo(409);
        assertThat(mvc.perform(get(API + "/nobody-" + UUID.randomUUID()).with(admin())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void updateWithStaleVersion_isAConflict_andTheCurrentVersionSucceeds() throws Exception {
        String name = createAnalyst();
        long version = versionOf(name);

        MockHttpServletResponse first = send(put(API + "/" + name), admin(), update("Nama Baru", version));
        MockHttpServletResponse stale = send(put(API + "/" + name), admin(), update("Nama Lain", version));

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(json.readTree(first.getContentAsString()).path("displayName").asString()).isEqualTo("Nama Baru");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(json.readTree(stale.getContentAsString()).path("detail").asString())
                .startsWith("Akun ini telah diubah orang lain");
    }

    @Test
    void deactivatedAccount_cannotSignIn_andReactivatedCanAgain() throws Exception {
        String name = createAnalyst();
        assertThat(me(name, PASSWORD)).isEqualTo(200);

        assertThat(mvc.perform(post(API + "/" + name + "/deactivate").with(admin())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        assertThat(me(name, PASSWORD)).isEqualTo(401);
        assertThat(mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        JsonNode listed = json.readTree(mvc.perform(get(API).param("status", "DEACTIVATED").param("q", name)
                .with(admin())).andReturn().getResponse().getContentAsString());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("deactivatedBy").asString()).isEqualTo("root-admin");

        mvc.perform(post(API + "/" + name + "/reactivate").with(admin()));

        assertThat(me(name, PASSWORD)).isEqualTo(200);
        assertThat(mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        assertThat(json.readTree(mvc.perform(get(API + "/" + name).with(admin())).andReturn().getResponse()
                .getContentAsString()).path("lastSignedInAt").isNull()).as("form sign-in recorded").isFalse();
    }

    @Test
    void deactivatingOneself_isRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(API + "/admin/deactivate")
                .with(TestUsers.ADMIN.basic())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Anda tidak dapat menonaktifkan akun Anda sendiri.");
        assertThat(me(TestUsers.ADMIN)).isEqualTo(200);
    }

    @Test
    void lastActiveAdmin_cannotBeDeactivatedOrLoseTheRole() throws Exception {
        List<String> others = activeAdminsOtherThan("admin");
        try {
            for (String other : others) {
                mvc.perform(post(API + "/" + other + "/deactivate").with(admin()));
            }
            assertThat(activeAdminsOtherThan("admin")).isEmpty();

            MockHttpServletResponse deactivation = mvc.perform(post(API + "/admin/deactivate").with(admin()))
                    .andReturn().getResponse();
            MockHttpServletResponse demotion = send(put(API + "/admin"), admin(), "{\"displayName\":\"Admin\","
                    + "\"email\":\"admin.netra.demo@example.org\",\"role\":\"ANALYST\",\"version\":"
                    + versionOf("admin") + "}");

            assertThat(deactivation.getStatus()).isEqualTo(422);
            assertThat(deactivation.getContentAsString()).contains("administrator aktif terakhir");
            assertThat(demotion.getStatus()).isEqualTo(422);
            assertThat(messageAt(json.readTree(demotion.getContentAsString()).path("errors"), "role"))
                    .contains("administrator aktif terakhir");
            assertThat(me(TestUsers.ADMIN)).isEqualTo(200);
        } finally {
            for (String other : others) {
                mvc.perform(post(API + "/" + other + "/reactivate").with(admin()));
            }
        }
    }

    @Test
    void everyChange_isAudited_withoutThePassword() throws Exception {
        String name = createAnalyst();
        send(put(API + "/" + name), admin(), update("Nama Baru", versionOf(name)));
        mvc.perform(post(API + "/" + name + "/deactivate").with(admin()));
        mvc.perform(post(API + "/" + name + "/reactivate").with(admin()));
        String newPassword = "another long secret";
        assertThat(send(post(API + "/" + name + "/reset-password"), admin(),
                "{\"password\":\"" + newPassword + "\"}").getStatus()).isEqualTo(200);

        List<AuditRow> rows = jdbc.sql("select action, actor, details from audit.entry where subject_type = 'user' "
                + "and subject_id = :name order by sequence_number").param("name", name).query(AuditRow.class).list();

        assertThat(rows).extracting(AuditRow::action).containsExactly("identity.account.created",
                "identity.account.updated", "identity.account.deactivated", "identity.account.reactivated",
                "identity.account.password-reset");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo("root-admin");
            assertThat(row.details()).doesNotContain(PASSWORD).doesNotContain(newPassword).doesNotContain("{bcrypt}");
        });
        assertThat(rows.get(1).details()).contains("Nama Baru");
        assertThat(me(name, newPassword)).isEqualTo(200);
        assertThat(me(name, PASSWORD)).isEqualTo(401);
    }

    @Test
    void nonAdminRoles_areRefused() throws Exception {
        for (String role : List.of("BAWASLU_OFFICER", "SATGAS_VERIFIER", "BKN_OFFICER", "PPK_OFFICER", "SUPERVISOR",
                "ANALYST")) {
            RequestPostProcessor caller = TestUsers.user("someone", Role.valueOf(role)).principal();
            assertThat(mvc.perform(get(API).with(caller)).andReturn().getResponse().getStatus()).as(role)
                    .isEqualTo(403);
            assertThat(send(post(API), caller, create(unique(), "ADMIN", null, null, PASSWORD, false)).getStatus())
                    .as(role).isEqualTo(403);
        }
        assertThat(mvc.perform(get(API).with(TestUsers.PPK_OFFICER.basic())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    record AuditRow(String action, String actor, String details) {
    }

    private List<String> activeAdminsOtherThan(String username) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get(API).param("role", "ADMIN").param("status", "ACTIVE")
                .with(admin())).andReturn().getResponse().getContentAsString());
        return list.valueStream().map(node -> node.path("username").asString()).filter(u -> !u.equals(username))
                .toList();
    }

    private long versionOf(String name) throws Exception {
        return json.readTree(mvc.perform(get(API + "/" + name).with(admin())).andReturn().getResponse()
                .getContentAsString()).path("version").asLong();
    }

    private String createAnalyst() throws Exception {
        String name = unique();
        assertThat(send(post(API), admin(), create(name, "ANALYST", null, null, PASSWORD, false)).getStatus())
                .isEqualTo(201);
        return name;
    }

    private int me(String username, String password) throws Exception {
        return me(TestUsers.named(username).basic(password));
    }

    private int me(TestUser demoAccount) throws Exception {
        return me(demoAccount.basic());
    }

    private int me(RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/api/v1/me").with(caller)).andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor caller,
            String body) throws Exception {
        return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn()
                .getResponse();
    }

    /** An administrator that is not an account: it can never be the one refused as "yourself" or "last admin". */
    static RequestPostProcessor admin() {
        return TestUsers.admin("root-admin").principal();
    }

    static String unique() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String create(String username, String role, String agency, String region, String password,
            boolean generate) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Budi Santoso\",\"email\":\"" + username
                + "@example.org\",\"role\":\"" + role + "\",\"agencyCode\":" + quoted(agency) + ",\"regionCode\":"
                + quoted(region) + ",\"password\":" + quoted(password) + ",\"generatePassword\":" + generate + "}";
    }

    private static String update(String displayName, long version) {
        return "{\"displayName\":\"" + displayName + "\",\"email\":\"changed@example.org\",\"role\":\"ANALYST\","
                + "\"version\":" + version + "}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String messageAt(JsonNode errors, String field) {
        return errors.valueStream().filter(e -> e.path("field").asString().equals(field))
                .map(e -> e.path("message").asString()).findFirst().orElse("(no error at " + field + ")");
    }
}

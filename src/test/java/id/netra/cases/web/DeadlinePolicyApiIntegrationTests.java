// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.shared.AuditEvent;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.RecordingAuditTrail;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import id.netra.reference.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deadline policy versions through the API, on the shared database. Each test adds its versions in a year of its own
 * far ahead of every other test's dates (the deadline computation of other tests must not change), and moves the
 * clock there.
 */
@CasesIntegrationTest
class DeadlinePolicyApiIntegrationTests {

    private static final String API = "/api/v1/admin/deadline-policy";

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    RecordingAuditTrail audit;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @Test
    void addedFutureVersion_setsTheDeadlinesOfStagesStartingFromItsFirstDayOnly() throws Exception {
        clock.setDay(LocalDate.of(2061, 1, 10));
        LocalDate validFrom = LocalDate.of(2061, 3, 1);
        MockHttpServletResponse added = send(post(API), ADMIN, version(validFrom, 10, "CALENDAR_DAYS", 5));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        assertThat((String) JsonPath.read(added.getContentAsString(), "$.status")).isEqualTo("FUTURE");
        int version = JsonPath.read(added.getContentAsString(), "$.version");

        LocalDate before = LocalDate.of(2061, 2, 28);
        clock.setDay(before);
        long oldRules = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        clock.setDay(validFrom);
        long newRules = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        assertThat(field(oldRules, "$.deadlineUnit")).isEqualTo("WORKING_DAYS");
        assertThat(field(oldRules, "$.deadline")).isEqualTo(calendar.addWorkingDays(before, 3).toString());
        assertThat(field(newRules, "$.deadlineUnit")).isEqualTo("CALENDAR_DAYS");
        assertThat(field(newRules, "$.deadline")).isEqualTo(validFrom.plusDays(10).toString());

        List<Map<String, Object>> listed = JsonPath.read(send(get(API), ADMIN, null).getContentAsString(),
                "$[?(@.version == " + version + ")]");
        assertThat(listed).singleElement().satisfies(v -> assertThat(v.get("status")).isEqualTo("IN_FORCE"));
        assertThat(audit.eventsAbout("deadline-policy", String.valueOf(version))).extracting(AuditEvent::action,
                AuditEvent::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("deadline-policy.added", "admin"));
    }

    @Test
    void backDatedVersion_needsAStatedReason_whichTheHistoryAndTheAuditShow() throws Exception {
        clock.setDay(LocalDate.of(2066, 1, 10));
        String stages = """
                "stages":[{"stage":"BAWASLU_REVIEW","amount":5,"unit":"CALENDAR_DAYS","source":"Uji mundur","basis":"STATUTE"},
                  {"stage":"SATGAS_VERIFICATION","amount":7,"unit":"CALENDAR_DAYS","source":"Uji","basis":"PROCEDURE"},
                  {"stage":"PPK_FOLLOW_UP","amount":14,"unit":"WORKING_DAYS","source":"Uji"},
                  {"stage":"REPRIMAND_COMPLIANCE","amount":3,"unit":"CALENDAR_DAYS","source":"PP 12/2017"}]""";
        String withoutReason = "{\"validFrom\":\"2018-01-01\",\"electionType\":\"PEMILU\"," + stages + "}";
        String shortReason = "{\"validFrom\":\"2018-01-01\",\"electionType\":\"PEMILU\","
                + "\"backdateReason\":\"lupa\"," + stages + "}";
        String reason = "Mencatat ketentuan Pemilu 2019 untuk memasukkan perkara lama dengan tanggal aslinya.";
        String withReason = "{\"validFrom\":\"2018-01-01\",\"electionType\":\"PEMILU\",\"backdateReason\":\""
                + reason + "\"," + stages + "}";

        MockHttpServletResponse refused = send(post(API), ADMIN, withoutReason);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(messageFor(refused.getContentAsString(), "validFrom")).isNotBlank();
        MockHttpServletResponse tooShort = send(post(API), ADMIN, shortReason);
        assertThat(tooShort.getStatus()).isEqualTo(422);
        assertThat(messageFor(tooShort.getContentAsString(), "backdateReason")).contains("20");

        MockHttpServletResponse added = send(post(API), ADMIN, withReason);
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        int version = JsonPath.read(added.getContentAsString(), "$.version");
        assertThat((String) JsonPath.read(added.getContentAsString(), "$.backdateReason")).isEqualTo(reason);
        assertThat((String) JsonPath.read(added.getContentAsString(), "$.electionType")).isEqualTo("PEMILU");
        assertThat((String) JsonPath.read(added.getContentAsString(), "$.stages[0].basis")).isEqualTo("STATUTE");
        assertThat(audit.eventsAbout("deadline-policy", String.valueOf(version))).singleElement()
                .satisfies(event -> assertThat(event.details()).contains(reason).contains("PEMILU"));
        String page = mvc.perform(get("/admin/deadline-policy").with(as(ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Ditambahkan setelah tanggal berlakunya. Alasan: " + reason);
    }

    @Test
    void withdrawnFutureVersion_isMarkedAuditedAndNeverSetsADeadline() throws Exception {
        clock.setDay(LocalDate.of(2062, 1, 10));
        LocalDate validFrom = LocalDate.of(2062, 3, 1);
        int version = JsonPath.read(send(post(API), ADMIN, version(validFrom, 20, "CALENDAR_DAYS", 5))
                .getContentAsString(), "$.version");

        MockHttpServletResponse withdrawn = send(post(API + "/{v}/withdraw", version), ADMIN,
                "{\"reason\":\"Tanggal berlaku keliru, menunggu surat edaran yang benar\"}");

        assertThat(withdrawn.getStatus()).as(withdrawn.getContentAsString()).isEqualTo(200);
        String body = withdrawn.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("WITHDRAWN");
        assertThat((String) JsonPath.read(body, "$.withdrawal.by")).isEqualTo("admin");
        assertThat((String) JsonPath.read(body, "$.withdrawal.reason")).startsWith("Tanggal berlaku keliru");
        assertThat(audit.eventsAbout("deadline-policy", String.valueOf(version))).extracting(AuditEvent::action)
                .containsExactly("deadline-policy.added", "deadline-policy.withdrawn");
        assertThat(jdbc.sql("select count(*) from audit.entry where action = 'deadline-policy.withdrawn' "
                + "and subject_id = :id").param("id", String.valueOf(version)).query(Integer.class).single())
                .as("written to the real audit trail").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where version = :v").param("v", version)
                .query(Integer.class).single()).as("kept, not deleted").isEqualTo(4);

        clock.setDay(validFrom.plusDays(1));
        long opened = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());
        assertThat(field(opened, "$.deadlineUnit")).as("the withdrawn version is ignored").isEqualTo("WORKING_DAYS");

        MockHttpServletResponse again = send(post(API + "/{v}/withdraw", version), ADMIN, "{\"reason\":\"lagi\"}");
        assertThat(again.getStatus()).isEqualTo(422);
    }

    @Test
    void withdrawingTheVersionInForce_isRefusedWith422() throws Exception {
        clock.setDay(LocalDate.of(2024, 6, 3));

        MockHttpServletResponse response = send(post(API + "/1/withdraw"), ADMIN, "{\"reason\":\"coba tarik\"}");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(response.getContentAsString(), "$.code"))
                .isEqualTo("case.policy.withdraw.in-force");
        assertThat((String) JsonPath.read(response.getContentAsString(), "$.detail"))
                .contains("sudah berlaku sejak 2019-01-01 dan tidak dapat ditarik");
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where version = 1 and withdrawn_at is null")
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void withdrawingAnUnknownVersion_isNotFound_andWithoutReason_isABadRequest() throws Exception {
        clock.setDay(LocalDate.of(2024, 6, 3));

        assertThat(send(post(API + "/987654/withdraw"), ADMIN, "{\"reason\":\"tidak ada\"}").getStatus())
                .isEqualTo(404);
        MockHttpServletResponse blank = send(post(API + "/1/withdraw"), ADMIN, "{\"reason\":\" \"}");
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(blank.getContentAsString(), "$.errors[0].message"))
                .isEqualTo("Alasan penarikan wajib diisi.");
    }

    @Test
    void nonAdministrators_areRefusedWith403() throws Exception {
        clock.setDay(LocalDate.of(2063, 1, 10));
        String valid = version(LocalDate.of(2063, 3, 1), 3, "WORKING_DAYS", 14);
        for (CurrentUser user : List.of(BAWASLU_BANTEN, SATGAS, BKN, PPK_PANDEGLANG, SUPERVISOR_BANTEN, ANALYST)) {
            assertThat(send(get(API), user, null).getStatus()).as("list, " + user.username()).isEqualTo(403);
            assertThat(send(post(API), user, valid).getStatus()).as("add, " + user.username()).isEqualTo(403);
            assertThat(send(post(API + "/1/withdraw"), user, "{\"reason\":\"x\"}").getStatus())
                    .as("withdraw, " + user.username()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where valid_from = date '2063-03-01'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void invalidVersion_isRefusedWith422AndAMessagePerFieldInIndonesian() throws Exception {
        clock.setDay(LocalDate.of(2064, 1, 10));
        String body = """
                {"validFrom":"2064-01-10","stages":[
                  {"stage":"BAWASLU_REVIEW","amount":0,"unit":"WORKING_DAYS","source":"Perbawaslu"},
                  {"stage":"SATGAS_VERIFICATION","amount":7,"unit":"CALENDAR_DAYS","source":" "},
                  {"stage":"PPK_FOLLOW_UP","amount":400,"unit":"WORKING_DAYS","source":"SKB"}]}""";

        MockHttpServletResponse response = send(post(API), ADMIN, body);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String json = response.getContentAsString();
        assertThat(messageFor(json, "validFrom")).isEqualTo(
                "Tanggal mulai berlaku harus setelah hari ini (2064-01-10): versi yang sudah berlaku tidak dapat diubah.");
        assertThat(messageFor(json, "stages[0].amount")).isEqualTo("Jumlah hari harus antara 1 dan 365.");
        assertThat(messageFor(json, "stages[2].amount")).isEqualTo("Jumlah hari harus antara 1 dan 365.");
        assertThat(messageFor(json, "stages[1].source")).isEqualTo("Dasar hukum atau sumber angka wajib diisi.");
        assertThat(messageFor(json, "stages")).contains("REPRIMAND_COMPLIANCE");
        assertThat(jdbc.sql("select count(*) from cases.deadline_policy where valid_from = date '2064-01-10'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void invalidVersion_inEnglish_hasEnglishMessages() throws Exception {
        clock.setDay(LocalDate.of(2064, 1, 10));

        MockHttpServletResponse response = mvc.perform(post(API).with(as(ADMIN))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(version(LocalDate.of(2064, 1, 9), 3, "WORKING_DAYS", 14))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(messageFor(response.getContentAsString(), "validFrom"))
                .startsWith("The start date must be after today");
    }

    @Test
    void unreadableBody_isABadRequestNotAServerError() throws Exception {
        clock.setDay(LocalDate.of(2064, 1, 10));

        assertThat(send(post(API), ADMIN, version(LocalDate.of(2064, 5, 1), 3, "WEEKS", 14)).getStatus())
                .isEqualTo(400);
        assertThat(send(post(API), ADMIN, "{\"validFrom\":\"kemarin\"}").getStatus()).isEqualTo(400);
        assertThat(send(post(API), ADMIN, "{\"validFrom\":\"2064-05-01\",\"stages\":[null]}").getStatus())
                .isEqualTo(422);
    }

    @Test
    void secondVersionOnTheSameDay_isRefused() throws Exception {
        clock.setDay(LocalDate.of(2065, 1, 10));
        String body = version(LocalDate.of(2065, 2, 1), 3, "WORKING_DAYS", 12);
        assertThat(send(post(API), ADMIN, body).getStatus()).isEqualTo(201);

        MockHttpServletResponse second = send(post(API), ADMIN, body);

        assertThat(second.getStatus()).isEqualTo(422);
        assertThat(messageFor(second.getContentAsString(), "validFrom")).contains("sudah mulai berlaku pada tanggal itu");
    }

    @Test
    void openApiDocument_describesTheThreeEndpoints() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        assertThat((Map<String, Object>) JsonPath.read(docs, "$.paths['" + API + "']")).containsKeys("get", "post");
        assertThat((Map<String, Object>) JsonPath.read(docs, "$.paths['" + API + "/{version}/withdraw']"))
                .containsKey("post");
    }

    /** A complete version changing the Bawaslu review and PPK follow-up; the others as in version 1. */
    static String version(LocalDate validFrom, int bawaslu, String bawasluUnit, int ppkWorkingDays) {
        return """
                {"validFrom":"%s","stages":[
                  {"stage":"BAWASLU_REVIEW","amount":%d,"unit":"%s","source":"Perbawaslu uji"},
                  {"stage":"SATGAS_VERIFICATION","amount":7,"unit":"CALENDAR_DAYS","source":"SE BKN uji"},
                  {"stage":"PPK_FOLLOW_UP","amount":%d,"unit":"WORKING_DAYS","source":"Keputusan uji"},
                  {"stage":"REPRIMAND_COMPLIANCE","amount":3,"unit":"CALENDAR_DAYS","source":"PP 12/2017"}]}"""
                .formatted(validFrom, bawaslu, bawasluUnit, ppkWorkingDays);
    }

    private static String messageFor(String json, String field) {
        List<String> messages = JsonPath.read(json, "$.errors[?(@.field == '" + field + "')].message");
        assertThat(messages).as("error for " + field + " in " + json).hasSize(1);
        return messages.get(0);
    }

    private MockHttpServletResponse send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser user,
            String json) throws Exception {
        request.with(as(user));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String field(long caseId, String path) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", caseId).with(as(ADMIN))).andReturn().getResponse()
                .getContentAsString(), path).toString();
    }
}

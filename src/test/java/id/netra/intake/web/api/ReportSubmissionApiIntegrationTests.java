// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import static id.netra.intake.support.Reports.firstPerson;
import static id.netra.intake.support.Reports.json;
import static id.netra.intake.support.Reports.minimalAnonymous;
import static id.netra.intake.support.Reports.reporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.ReportReceived;
import id.netra.intake.support.IntakeTables;
import id.netra.intake.support.Reports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@IntakeIntegrationTest
@RecordApplicationEvents
class ReportSubmissionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private ResultActions submit(Object body, String language) throws Exception {
        return mvc.perform(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(json(body)));
    }

    private ResultActions submit(Object body) throws Exception {
        return submit(body, "id");
    }

    @Test
    void minimalAnonymousReport_isCreatedWithAReceiptAndOneEvent() throws Exception {
        MvcResult result = submit(minimalAnonymous())
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.receipt").value(Matchers.matchesPattern("[0-9]{16}")))
                .andReturn();

        UUID reportId = UUID.fromString(Reports.JSON.readTree(result.getResponse().getContentAsString())
                .get("reportId").asString());
        assertThat(jdbc.sql("select status from intake.report where id = :id").param("id", reportId)
                .query(String.class).single()).isEqualTo("RECEIVED");
        List<ReportReceived> published = events.stream(ReportReceived.class)
                .filter(event -> event.reportId().equals(reportId)).toList();
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.channel()).isEqualTo("PUBLIC_API");
            assertThat(event.violationCode()).isEqualTo("DS-2");
            assertThat(event.persons()).singleElement().satisfies(person -> {
                assertThat(person.agencyCode()).isEqualTo("PEMKAB-36.01");
                assertThat(person.positionClass()).isEqualTo("FUNGSIONAL");
            });
        });
        assertThat(jdbc.sql("select count(*) from intake.reporter_identity where report_id = :id")
                .param("id", reportId).query(Integer.class).single()).isZero();
    }

    @Test
    void notSure_isStoredAsNoViolationCode() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("violationCode", "NOT_SURE");

        MvcResult result = submit(body).andExpect(status().isCreated()).andReturn();

        String id = Reports.JSON.readTree(result.getResponse().getContentAsString()).get("reportId").asString();
        assertThat(jdbc.sql("select violation_code from intake.report where id = :id").param("id", UUID.fromString(id))
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void confidentialReport_keepsTheIdentitySealed() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("reporter", Map.of("mode", "CONFIDENTIAL", "name", "Rahmat Pelapor Rahasia",
                "nik", "3601011506900002", "phone", "0812-3456-7890", "email", "rahmat.rahasia@example.org"));

        MvcResult result = submit(body).andExpect(status().isCreated()).andReturn();

        UUID id = UUID.fromString(Reports.JSON.readTree(result.getResponse().getContentAsString())
                .get("reportId").asString());
        byte[] raw = jdbc.sql("select ciphertext from intake.reporter_identity where report_id = :id")
                .param("id", id).query(byte[].class).single();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1))
                .doesNotContain("Rahmat", "3601011506900002", "3456", "rahasia");
        assertThat(jdbc.sql("select r::text from intake.report r where id = :id").param("id", id)
                .query(String.class).single()).doesNotContain("Rahmat", "rahasia", "3601011506900002");
    }

    @Test
    void unknownCodesAndFutureDate_areRejectedFieldByFieldInIndonesian() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("electionCode", "PEMILU-1999");
        body.put("regionCode", "99.99");
        body.put("violationCode", "DS-99");
        body.put("occurredOn", "2999-01-01");
        Map<String, Long> before = IntakeTables.counts(jdbc);

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'electionCode')].message")
                        .value(Matchers.hasItem("Pemilihan \"PEMILU-1999\" tidak dikenal.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'violationCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'occurredOn')].message")
                        .value(Matchers.hasItem("Tanggal kejadian tidak boleh di masa depan.")));

        assertThat(IntakeTables.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void englishCaller_getsEnglishMessages() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("electionCode", "PEMILU-1999");

        submit(body, "en").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Unknown election \"PEMILU-1999\"."));
    }

    @Test
    void provinceInsteadOfRegency_isRejected() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("regionCode", "36");

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("provinsi")));
    }

    @Test
    void implausibleNip_isRejectedWithWhatIsWrong() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        firstPerson(body).put("nip", "198501012010013001");

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reportedPersons[0].nip"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Angka ke-15")));
    }

    @Test
    void noPersons_isMalformed() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("reportedPersons", List.of());

        submit(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportedPersons"))
                .andExpect(jsonPath("$.errors[0].message").value("Sebutkan paling sedikit satu ASN yang dilaporkan."));
    }

    @Test
    void missingFieldsAndShortDescription_areListedTogether() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.remove("electionCode");
        body.put("description", "pendek");
        firstPerson(body).put("name", "");

        submit(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "description", "electionCode", "reportedPersons[0].name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message")
                        .value(Matchers.hasItem("Uraian kejadian harus 20 sampai 10000 karakter.")));
    }

    @Test
    void valueOfTheWrongType_isReportedAgainstItsField() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("occurredOn", "kemarin sore");

        submit(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
    }

    @Test
    void anonymousReportWithIdentity_isRejectedSoTheReporterIsNotMisled() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        reporter(body).put("phone", "081234567890");

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reporter.mode"));
    }

    @Test
    void confidentialReportWithoutContact_isRejected() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("reporter", Map.of("mode", "CONFIDENTIAL", "nik", "12345"));

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "reporter.name", "reporter.nik", "reporter.phone")));
    }

    @Test
    void scriptLinkAndControlCharacters_areRejected() throws Exception {
        Map<String, Object> body = minimalAnonymous();
        body.put("evidenceLinks", List.of("javascript:alert(1)", "https://www.tiktok.com/@akun/video/1"));
        body.put("place", "Balai desa\u0000");

        submit(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "evidenceLinks[0]", "place")));
    }
}

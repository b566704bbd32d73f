// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

import static id.netra.testing.TestUsers.ANALYST;
import static id.netra.testing.TestUsers.BAWASLU_OFFICER;
import static id.netra.testing.TestUsers.BKN_OFFICER;
import static id.netra.testing.TestUsers.PPK_OFFICER;
import static id.netra.testing.TestUsers.SATGAS_VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import id.netra.cases.application.CaseOpening;
import id.netra.intake.IntakeReports;
import id.netra.intake.ReportReceived;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import id.netra.testing.TestUsers.TestUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo as a new user meets it: the real demo accounts (HTTP Basic, {@link TestUsers}), intake's synthetic
 * reports and the cases walked from them, on the application's default configuration with demo data on and the real
 * clock (the same context as the reference tests).
 */
@NetraIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CaseDemoDataIntegrationTests {

    private static final String DEMO = "source_system = 'NETRA_DEMO'";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntakeReports intakeReports;
    @Autowired
    CaseDemoData caseDemo;
    @Autowired
    CaseOpening opening;

    @Test
    void demoReports_areMostlyInBanten_severalNamingPandeglangCivilServants_andLabelledSynthetic() {
        int banten = count("select count(*) from intake.report where " + DEMO
                + " and (region_code = '36' or region_code like '36.%')");
        int pandeglang = count("select count(*) from intake.report r where " + DEMO + " and r.region_code = '36.01'"
                + " and exists (select 1 from intake.reported_person p where p.report_id = r.id"
                + " and p.agency_code = 'PEMKAB-36.01')");
        int elsewhere = count("select count(*) from intake.report where " + DEMO + " and region_code not like '36%'");
        List<String> descriptions = jdbc.sql("select description from intake.report where " + DEMO)
                .query(String.class).list();
        List<String> modes = jdbc.sql("select distinct reporter_mode from intake.report where " + DEMO)
                .query(String.class).list();
        int findings = count("select count(*) from intake.report where " + DEMO + " and channel = 'BAWASLU_FINDING'");

        assertThat(banten).isGreaterThanOrEqualTo(12);
        assertThat(pandeglang).isGreaterThanOrEqualTo(6);
        assertThat(elsewhere).isBetween(2, 5);
        assertThat(descriptions).allMatch(d -> d.startsWith("[DATA SINTETIS]"));
        assertThat(modes).containsExactlyInAnyOrder("ANONYMOUS", "CONFIDENTIAL", "OPEN");
        assertThat(findings).isEqualTo(2);
    }

    @Test
    void everyDemoReport_hasACasePerNamedPerson_withTheRealReportAndPersonIds() {
        List<Map<String, Object>> persons = jdbc.sql("""
                select p.report_id, p.id from intake.reported_person p join intake.report r on r.id = p.report_id
                where r.source_system = 'NETRA_DEMO'""").query().listOfRows();

        assertThat(persons).hasSizeGreaterThanOrEqualTo(18);
        for (Map<String, Object> person : persons) {
            assertThat(count("select count(*) from cases.case_file where report_id = :r and person_id = :p"
                    + " and channel = 'DEMO'", Map.of("r", person.get("report_id"), "p", person.get("id"))))
                    .as("case of %s", person).isEqualTo(1);
        }
        assertThat(count("select count(*) from cases.case_file where report_id = :r", Map.of("r", report("D04"))))
                .as("one report naming three civil servants opens three cases").isEqualTo(3);
    }

    @Test
    void demoCases_coverTheWorkflowsStates() {
        List<String> states = jdbc.sql("select distinct c.state from cases.case_file c where c.report_id in "
                + "(select id from intake.report where " + DEMO + ")").query(String.class).list();
        int lighterWithReason = count("select count(*) from cases.case_file c where c.report_id = :r and "
                + "c.state = 'SANCTIONED' and c.lighter_than_mapped and length(c.lighter_justification) >= 20",
                Map.of("r", report("D12")));
        List<String> d04 = jdbc.sql("select state from cases.case_file where report_id = :r order by state")
                .param("r", report("D04")).query(String.class).list();

        assertThat(states).contains("RECEIVED", "FORWARDED", "UNDER_VERIFICATION", "RECOMMENDED", "OVERDUE",
                "REPRIMANDED", "SANCTIONED", "NOT_PROVEN", "STOPPED").doesNotContain("DATA_BLOCKED", "UNBLOCKED");
        // the blocked demo case: reprimanded, its block queued by the sweep and then recorded by a BKN officer
        Map<String, Object> blocked = jdbc.sql("select c.state, b.siasn_reference, b.blocked_by, b.unblocked_on "
                + "from cases.case_file c join cases.case_block b on b.case_id = c.id where c.report_id = :r")
                .param("r", report("D10")).query().singleRow();
        assertThat(blocked.get("state")).isEqualTo("REPRIMANDED");
        assertThat((String) blocked.get("siasn_reference")).contains("SINTETIS");
        assertThat(blocked.get("blocked_by")).isEqualTo("bkn-officer");
        assertThat(blocked.get("unblocked_on")).isNull();
        assertThat(count("select count(*) from cases.case_transition t join cases.case_file c on c.id = t.case_id "
                + "where c.report_id = :r and t.action = 'BLOCK_DUE' and t.actor = 'system'",
                Map.of("r", report("D10")))).isEqualTo(1);
        assertThat(lighterWithReason).isEqualTo(1);
        assertThat(d04).containsExactly("FORWARDED", "RECOMMENDED", "STOPPED");
    }

    @Test
    void kasnEraDemoCases_showTheHandoverToBkn() {
        List<String> holders = jdbc.sql("""
                select cu.holder_type from cases.case_custody cu join cases.case_file c on c.id = cu.case_id
                where c.report_id = :r order by cu.since, cu.id""")
                .param("r", report("D16")).query(String.class).list();

        assertThat(holders).containsExactly("BAWASLU", "KASN", "BKN");
    }

    @Test
    void everyDemoUsersTaskQueue_hasWork() throws Exception {
        for (TestUser user : List.of(BAWASLU_OFFICER, SATGAS_VERIFIER, BKN_OFFICER,
                PPK_OFFICER)) {
            String page = mvc.perform(get("/cases").param("queue", "MY_TASKS").with(user.basic()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(user.username()).contains("/cases/")
                    .doesNotContain("Tidak ada perkara dalam antrean ini");
        }
        String overdue = mvc.perform(get("/cases").param("queue", "OVERDUE")
                .with(BKN_OFFICER.basic())).andReturn().getResponse().getContentAsString();
        assertThat(overdue).doesNotContain("Tidak ada perkara dalam antrean ini");
    }

    @Test
    void bawasluOfficersReportQueue_holdsTheBantenDemoReportsOnly() throws Exception {
        String list = mvc.perform(get("/api/v1/reports").param("size", "100")
                .with(BAWASLU_OFFICER.basic())).andReturn().getResponse().getContentAsString();
        String cases = mvc.perform(get("/api/v1/cases").param("size", "100")
                .with(BAWASLU_OFFICER.basic())).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(list, "$.rows[*].regionCode")).isNotEmpty()
                .allMatch(region -> region.equals("36") || region.startsWith("36."));
        assertThat(JsonPath.<List<String>>read(list, "$.rows[*].id"))
                .contains(report("D01").toString(), report("D05").toString())
                .doesNotContain(report("D17").toString());
        assertThat(JsonPath.<List<String>>read(cases, "$.items[*].regionCode")).isNotEmpty()
                .allMatch(region -> region.equals("36") || region.startsWith("36."));
    }

    @Test
    void ppkOfficer_seesOnlyPandeglangCases_andAnalystOnlyPseudonyms() throws Exception {
        String ppk = mvc.perform(get("/api/v1/cases").param("size", "100").with(PPK_OFFICER.basic()))
                .andReturn().getResponse().getContentAsString();
        String analyst = mvc.perform(get("/api/v1/cases").param("size", "100")
                .with(ANALYST.basic())).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(ppk, "$.items[*].agencyCode")).hasSizeGreaterThanOrEqualTo(6)
                .allMatch("PEMKAB-36.01"::equals);
        assertThat(JsonPath.<List<String>>read(analyst, "$.items[*].personName")).isNotEmpty()
                .allMatch(name -> name.startsWith("ASN-"));
    }

    @Test
    void demoEvidence_isInCustodyWithItsHash_andShowsOnTheCasePage() throws Exception {
        List<String> hashes = jdbc.sql("select e.sha256_stored from intake.evidence_file e where e.report_id = :r")
                .param("r", report("D04")).query(String.class).list();
        long caseId = jdbc.sql("select id from cases.case_file where report_id = :r").param("r", report("D01"))
                .query(Long.class).single();
        String d01Hash = jdbc.sql("select sha256_stored from intake.evidence_file where report_id = :r")
                .param("r", report("D01")).query(String.class).single();

        String page = mvc.perform(get("/cases/" + caseId).with(BAWASLU_OFFICER.basic()))
                .andReturn().getResponse().getContentAsString();

        assertThat(hashes).hasSize(2).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(page).as("a reporter's file under its neutral name").contains(d01Hash, "bukti-1.png")
                .doesNotContain("tangkapan-layar-d01.png");
    }

    @Test
    void sharedNip_flagsTheTwoReportsAboutTheSameCamat() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count("""
                select count(*) from intake.duplicate_flag
                where ((report_id = :a and other_report_id = :b) or (report_id = :b and other_report_id = :a))
                  and 'SAME_NIP' = any(reasons)""", Map.of("a", report("D08"), "b", report("D20"))) == 1);
    }

    @Test
    void demoReceipt_showsTheReporterTheStatusTheHandlersMessageAndTheEvidence() throws Exception {
        String status = mvc.perform(post("/api/v1/reports/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"receipt\":\"9000 0000 0000 0004\"}")).andReturn().getResponse().getContentAsString();
        String closed = mvc.perform(post("/api/v1/reports/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"receipt\":\"9000 0000 0000 0011\"}")).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(status, "$.status")).isEqualTo("FORWARDED");
        assertThat(JsonPath.<List<String>>read(status, "$.messages[*].text")).singleElement().asString()
                .contains("diteruskan ke BKN");
        assertThat(JsonPath.<List<String>>read(status, "$.evidence[*].sha256")).hasSize(2);
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("CLOSED");
    }

    @Test
    void loadingAgain_addsNothing() {
        String counts = """
                select (select count(*) from intake.report where source_system = 'NETRA_DEMO')
                     + (select count(*) from intake.evidence_file e join intake.report r on r.id = e.report_id
                         where r.source_system = 'NETRA_DEMO')
                     + (select count(*) from intake.message m join intake.report r on r.id = m.report_id
                         where r.source_system = 'NETRA_DEMO')
                     + (select count(*) from cases.case_transition t join cases.case_file c on c.id = t.case_id
                         where c.channel = 'DEMO')
                     + (select count(*) from cases.case_file where channel = 'DEMO')""";
        int before = count(counts);

        caseDemo.load();

        assertThat(intakeReports.fromSource(CaseDemoData.INTAKE_DEMO_SOURCE)).hasSize(18);
        assertThat(count(counts)).isEqualTo(before);
    }

    @Test
    void demoCasesOfAnEarlierVersion_areLeftAsTheyWere_withAWarning(CapturedOutput output) {
        UUID inventedReportId = UUID.nameUUIDFromBytes("netra-demo-report-14".getBytes(StandardCharsets.UTF_8));
        opening.openFor(new ReportReceived(inventedReportId, "PILKADA-2024", "36.01", "DS-3", LocalDate.of(2024, 9, 1),
                "DEMO", List.of(new ReportReceived.ReportedPerson(UUID.randomUUID(), "Joko Susilo",
                        "197710102003121004", "PEMKAB-36.01", "Pemerintah Kabupaten Pandeglang", "PELAKSANA",
                        "Staf Dinas")), Instant.parse("2024-09-02T02:00:00Z")));
        String old = "select state || '/' || version from cases.case_file where report_id = :r";
        String before = jdbc.sql(old).param("r", inventedReportId).query(String.class).single();

        caseDemo.load();

        assertThat(jdbc.sql(old).param("r", inventedReportId).query(String.class).single()).isEqualTo(before);
        assertThat(output.getOut()).contains("demo case(s) from an earlier Netra version");
    }

    private UUID report(String key) {
        return jdbc.sql("select id from intake.report where " + DEMO + " and external_id = :key").param("key", key)
                .query(UUID.class).single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private int count(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}

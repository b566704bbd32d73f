// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.history;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.intake.ReportReceived;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationCategory;
import id.netra.reference.ViolationForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every case counts exactly once: whatever its violation form, a case sits in one statistical category, one of
 * those the form allows, so the category shares of any set of cases sum to 100%.
 */
@CasesIntegrationTest
class OneCategoryPerCaseIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseOpening opening;
    @Autowired
    ViolationCatalogue violations;
    @Autowired
    ViolationCategories categories;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyViolationForm_landsInExactlyOneCategory_thatTheFormAllows() {
        clock.setDay(LocalDate.of(2024, 11, 4));
        List<ViolationForm> forms = violations.all();
        List<Long> ids = new ArrayList<>();
        for (ViolationForm form : forms) {
            ids.addAll(open(form.code()));
        }

        List<Map<String, Object>> rows = jdbc.sql("""
                select f.violation_code, k.category_code from cases.case_file f
                left join cases.case_category k on k.case_id = f.id and k.taxonomy = 'KASN-BKN-2019-2024'
                where f.id in (:ids)""").param("ids", ids).query().listOfRows();

        assertThat(forms).hasSize(19);
        assertThat(rows).as("one row per case: never two categories").hasSize(forms.size());
        for (Map<String, Object> row : rows) {
            String form = (String) row.get("violation_code");
            List<String> allowed = categories.containing(form).stream().map(ViolationCategory::code).toList();
            assertThat(allowed).as(form + " is counted somewhere").isNotEmpty();
            assertThat((String) row.get("category_code")).as(form).isIn(allowed);
        }
        Map<String, Long> perCategory = new java.util.HashMap<>();
        rows.forEach(row -> perCategory.merge((String) row.get("category_code"), 1L, Long::sum));
        assertThat(perCategory.values().stream().mapToLong(Long::longValue).sum())
                .as("category shares sum to 100%").isEqualTo(forms.size());
    }

    @Test
    void theDefault_prefersACertainLink_andTheVerifierMayChooseAnotherAllowedOne() throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 4));
        long ds8 = open("DS-8").get(0);
        long ds3 = open("DS-3").get(0);

        assertThat(category(ds8)).as("DS-8 counts in state facilities only by an uncertain link")
                .isEqualTo("KEGIATAN_KEBERPIHAKAN");
        assertThat(category(ds3)).isEqualTo("PENDEKATAN_PARPOL");

        act(ds3, "forward", "{}").andExpect(status().isOk());
        act(ds3, "verify", "{\"categoryCode\":\"KAMPANYE_MEDSOS\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.category.not-allowed"));
        act(ds3, "verify", "{\"categoryCode\":\"DEKLARASI_DIRI\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.categoryCode").value("DEKLARASI_DIRI"));
        // the proven violation is another form: the category follows it when the old one no longer counts it
        act(ds3, "recommend", "{\"violationCode\":\"DS-2\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.categoryCode").value("KAMPANYE_MEDSOS"));
        assertThat(jdbc.sql("select count(*) from cases.case_category where case_id = :id").param("id", ds3)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theBawasluOfficerWhoVerifiedTheReport_choosesTheCategoryWhenForwarding() throws Exception {
        clock.setDay(LocalDate.of(2024, 11, 4));
        long ds3 = open("DS-3").get(0);

        act(ds3, "forward", "{\"categoryCode\":\"KAMPANYE_MEDSOS\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.category.not-allowed"));
        act(ds3, "forward", "{\"categoryCode\":\"DEKLARASI_DIRI\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FORWARDED"))
                .andExpect(jsonPath("$.categoryCode").value("DEKLARASI_DIRI"));
    }

    private String category(long id) {
        return jdbc.sql("select category_code from cases.case_category where case_id = :id").param("id", id)
                .query(String.class).single();
    }

    /** A report naming one civil servant, of its own, about {@code form}. */
    private List<Long> open(String form) {
        var person = new ReportReceived.ReportedPerson(UUID.randomUUID(), "ASN Kategori " + form, null,
                "PEMKAB-36.01", "Pemerintah Kabupaten Pandeglang", "PELAKSANA", "Staf");
        return opening.openFor(new ReportReceived(UUID.randomUUID(), "PILKADA-2024", "36.01", form,
                LocalDate.of(2024, 11, 1), "PUBLIC_WEB", List.of(person), clock.instant()));
    }

    private org.springframework.test.web.servlet.ResultActions act(long id, String action, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(ADMIN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.support.IntakeTables;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.Reports;
import id.netra.testing.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * More than 200 hostile inputs through the public endpoints and the form. None may produce a 5xx; every refused one
 * must leave every intake table exactly as it was; inputs that are legitimate text are stored as text and shown
 * escaped.
 */
@IntakeIntegrationTest
class HostileInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileInputs_neverCauseA5xxAndRefusalsStoreNothing() throws Exception {
        PublicApi api = new PublicApi(mvc, "198.51.100.7");
        Submitted existing = api.submitMinimal();
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(HostileJsonCases.all());
        cases.addAll(HostileReportCases.all());
        cases.addAll(HostileReceiptCases.all(existing));
        cases.addAll(HostileUploadCases.all(existing));
        cases.addAll(HostileFormCases.all(existing));

        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (HostileCase hostile : cases) {
            Map<String, Long> before = IntakeTables.counts(jdbc);
            MvcResult result = mvc.perform(hostile.request().apply(api)).andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                failures.add(hostile.name() + " -> " + status);
            } else if (hostile.mustBeRefused()) {
                refused++;
                if (status < 400) {
                    failures.add(hostile.name() + " was accepted with " + status);
                } else if (!IntakeTables.counts(jdbc).equals(before)) {
                    failures.add(hostile.name() + " was refused with " + status + " but stored something");
                }
            }
        }

        assertThat(failures).as(() -> String.join("\n", failures.stream()
                .map(failure -> failure.replaceAll("[^\\p{Print}]", "?")).toList())).isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(refused).isGreaterThanOrEqualTo(150);
    }

    @Test
    void markupStoredAsText_isEscapedOnTheHandlersPage() throws Exception {
        Map<String, Object> body = Reports.minimalAnonymous();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        body.put("description", "<script>alert('" + marker + "')</script> dipasang di grup guru");
        Reports.firstPerson(body).put("name", "<b onmouseover=alert(1)>" + marker + "</b>");
        Submitted report = new PublicApi(mvc).submit(body);

        String page = mvc.perform(get("/intake/reports/" + report.reportId()).with(TestUsers.SATGAS_VERIFIER.basic()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert('" + marker, "<b onmouseover");
        assertThat(jdbc.sql("select description from intake.report where id = :id").param("id", report.reportId())
                .query(String.class).single()).startsWith("<script>alert('" + marker);
    }
}

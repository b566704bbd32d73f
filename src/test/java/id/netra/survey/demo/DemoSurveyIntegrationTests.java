// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.netra.survey.analysis.SurveyResults;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.SurveyStore;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The synthetic demo survey: its shape, estimates near KASN's published shares, and the results page. */
@NetraIntegrationTest
class DemoSurveyIntegrationTests {

    @Autowired DemoSurvey demo;
    @Autowired SurveyStore store;
    @Autowired SurveyResults results;
    @Autowired WebApplicationContext context;

    @Test
    void aCrashBetweenTheSurveyAndItsRespondentsLeavesNothingAndTheNextStartLoadsItWhole() {
        Instrument demoShape = DemoSurveyGenerator.instrument();
        Instrument instrument = new Instrument(demoShape.title() + " (uji pemuatan " + System.nanoTime() + ")",
                demoShape.description(), demoShape.questions());
        AtomicInteger attempts = new AtomicInteger();
        demo.loadOnce(instrument, codes -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("proses berhenti di tengah pemuatan");
        });
        assertThat(attempts).hasValue(1);
        assertThat(store.findByTitle(instrument.title())).as("no half-loaded survey").isEmpty();

        demo.loadOnce(instrument, DemoSurveyGenerator::respondents);
        long id = store.findByTitle(instrument.title()).orElseThrow();
        assertThat(store.get(id).respondents()).isBetween(9_000, 11_000);
        assertThat(store.designJson(id)).isPresent();
    }

    @Test
    void demoSurveyHasKasnShapeAndLandsNearThePublishedShares() throws Exception {
        demo.loadNow();
        demo.loadNow();
        long id = store.findByTitle(DemoSurveyGenerator.TITLE).orElseThrow();
        var survey = store.get(id);
        assertThat(survey.synthetic()).isTrue();
        assertThat(survey.respondents()).isBetween(9_000, 11_000);

        SurveyResults.View view = results.view(id, false);
        assertThat(view.psus()).isEqualTo(270);
        var causes = view.questions().get(0);
        assertThat(causes.multi()).isTrue();
        for (var row : causes.respondents()) {
            assertThat(row.published()).as(row.code()).isNotNull();
            assertThat(row.percent()).as(row.code())
                    .isCloseTo(row.published().value().doubleValue(), org.assertj.core.data.Offset.offset(6.0));
            assertThat(row.lower()).isLessThan(row.percent());
            assertThat(row.upper()).isGreaterThan(row.percent());
        }
        assertThat(causes.responses().stream().mapToDouble(SurveyResults.Row::percent).sum())
                .isCloseTo(100, org.assertj.core.data.Offset.offset(0.1));
        assertThat(causes.deff()).isGreaterThan(1.5);
        assertThat(view.crossTab()).isNotNull();
        var scale = view.questions().stream().filter(q -> q.likert() != null).findFirst().orElseThrow().likert();
        assertThat(scale.points()).isEqualTo(5);
        assertThat(scale.meanLower()).isLessThan(scale.mean());
        assertThat(scale.meanUpper()).isGreaterThan(scale.mean());
        assertThat(scale.mean()).isBetween(3.0, 4.5);
        assertThat(scale.topTwo()).isBetween(scale.topTwoLower(), scale.topTwoUpper());

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse page = mvc.perform(get("/surveys/" + id).with(TestUsers.analyst("analis").principal()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Ikatan persaudaraan").contains("50,76").contains("Data sintetis")
                .contains("KASN").contains("Uji Rao").doesNotContain("asn-non-neutrality")
                .contains("Skor rata-rata").contains("(Setuju / Sangat setuju)");
        MockHttpServletResponse csv = mvc.perform(get("/surveys/" + id + "/hasil.csv")
                .with(TestUsers.analyst("analis").principal())).andReturn().getResponse();
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).startsWith("pertanyaan,dasar,jawaban")
                .contains("% jawaban");
        assertThat(mvc.perform(get("/surveys/" + id + "/hasil.xlsx").with(TestUsers.analyst("analis").principal()))
                .andReturn().getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(mvc.perform(get("/surveys/" + id).with(TestUsers.ppk("ppk").principal())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.survey.demo.DemoSurveyGenerator;
import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import id.netra.survey.instrument.SurveyStore;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo survey's results page as the analyst sees it, on a desktop (1280) and a phone (390): the charts are drawn,
 * KASN's published figures stand beside the estimates, and nothing scrolls sideways. Screenshots land in
 * {@code target/screenshots/survey-results-1280.png} and {@code -390.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class SurveyResultsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    SurveyStore store;

    @Test
    void resultsPageDrawsChartsBesideThePublishedFiguresOnDesktopAndPhone() throws Exception {
        long id = demoSurvey();
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("analyst", TestUsers.demoPassword());
            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                browser.get("/surveys/" + id);
                browser.waitForText(By.tagName("main"), "Ikatan persaudaraan");
                browser.await().until(d -> !d.findElements(By.cssSelector("#chart-0 canvas")).isEmpty());
                List<WebElement> charts = browser.driver().findElements(By.cssSelector(".netra-chart canvas"));
                assertThat(charts).hasSizeGreaterThanOrEqualTo(2);
                assertThat(browser.text()).contains("50,76").contains("Data sintetis").contains("Uji Rao");
                Object height = ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.querySelector('#chart-0').clientHeight");
                assertThat(((Number) height).longValue()).isGreaterThan(200);
                browser.screenshot("survey-results-" + size.getWidth());
                browser.scrollTo(By.id("chart-0"));
                browser.screenshot("survey-results-chart-" + size.getWidth());
                browser.scrollTo(By.id("chart-1"));
                browser.screenshot("survey-results-chart2-" + size.getWidth());
                browser.scrollTo(By.cssSelector(".netra-likert"));
                assertThat(browser.text()).contains("Skor rata-rata");
                browser.screenshot("survey-results-likert-" + size.getWidth());
                browser.assertNoSidewaysScroll("sideways scroll at " + size.getWidth() + " px");
            }
        }
    }

    @Test
    void aRefusedDesignIsExplainedOnTheResultsPage() throws Exception {
        long id = store.create(new Instrument("Survei dengan strata ber-PSU tunggal", "Uji tampilan", List.of(
                new Question("q", QuestionKind.SINGLE, "Pertanyaan uji", null, null, List.of(
                        new Choice("a", "Ya", null, null), new Choice("b", "Tidak", null, null))))), "analyst", true);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // stratum "S3" has a single PSU
            rows.add(Map.of("q", i % 3 == 0 ? "a" : "b", "w", 10 + i % 4, "strata", i < 36 ? "S" + (i % 2 + 1) : "S3",
                    "psu", i < 36 ? "K" + (i % 6) : "K9"));
        }
        store.addRespondents(id, rows);
        store.setDesign(id, Map.of("weights", "w", "strata", "strata", "clusters", "psu", "nest", true,
                "lonelyPsu", "fail"));
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("analyst", TestUsers.demoPassword());
            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                browser.get("/surveys/" + id);
                browser.waitForText(By.tagName("main"), "belum dapat dihitung");
                assertThat(browser.text()).contains("strata S3 hanya memiliki satu PSU").contains("hapus");
                browser.screenshot("survey-results-refused-" + size.getWidth());
                browser.assertNoSidewaysScroll("sideways scrolling");
            }
        }
    }

    /** The demo loader runs in the background after start-up; wait for it the way a user would, by reloading. */
    private long demoSurvey() throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            var id = store.findByTitle(DemoSurveyGenerator.TITLE);
            if (id.isPresent() && store.get(id.get()).respondents() > 0) {
                return id.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo survey was not loaded");
    }
}

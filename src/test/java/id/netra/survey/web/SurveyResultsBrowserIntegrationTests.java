// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.survey.demo.DemoSurveyGenerator;
import id.netra.survey.instrument.SurveyStore;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import java.nio.file.Path;
import java.util.List;
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
            browser.signIn("analyst", "netra-demo");
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
                assertThat(browser.horizontalOverflow()).as("sideways scroll at %d px", size.getWidth()).isLessThanOrEqualTo(0);
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

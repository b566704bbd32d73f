// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 "tried as a new user would": the analyst opens /analitik with the demo cases, sees the charts drawn (no
 * script blocked by the Content-Security-Policy), drills from a province to its regencies and from a regency to the
 * case list; the Banten supervisor sees only Banten; the phone layout does not scroll sideways. Screenshots land in
 * {@code target/screenshots/analytics-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class AnalyticsDashboardJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profiles;

    @Test
    void analyst_seesChartsAndDrillsDownToTheCaseList() {
        try (HeadlessChromium browser = signedIn("analyst")) {
            browser.get("/analitik");
            browser.waitForText(By.tagName("h1"), "Analitik kasus");
            browser.await().until(d -> !d.findElements(By.cssSelector("#panel-category canvas")).isEmpty());
            assertThat(browser.menuText()).contains("Analisis", "Analitik");
            assertThat(browser.text()).contains("Corong penanganan", "Kepatuhan PPK", "Kategori pelanggaran")
                    .doesNotContain("FUNGSIONAL", "PRE_CAMPAIGN", "analytics.");
            // the favicon's 404 is the layout's, not the dashboard's
            assertThat(browser.consoleMessages()).filteredOn(m -> !m.contains("favicon.ico"))
                    .noneMatch(m -> m.contains("Content Security Policy") || m.contains("SEVERE"));
            browser.screenshot("analytics-desktop-1-top");
            browser.scrollTo(By.id("panel-province"));
            browser.screenshot("analytics-desktop-2-panels");

            browser.find(By.cssSelector("#panel-province tbody a")).click();
            browser.await().until(d -> !d.findElements(By.id("panel-regency")).isEmpty());
            browser.scrollTo(By.id("panel-regency"));
            browser.screenshot("analytics-desktop-3-regencies");
            browser.find(By.cssSelector("#panel-regency tbody a")).click();
            browser.await().until(d -> d.getCurrentUrl().contains("/cases"));
            assertThat(browser.driver().getCurrentUrl()).contains("queue=ALL").contains("region=");

            browser.resize(HeadlessChromium.PHONE);
            browser.get("/analitik");
            browser.await().until(d -> !d.findElements(By.cssSelector("#panel-category canvas")).isEmpty());
            browser.assertNoSidewaysScroll("sideways scrolling");
            browser.screenshot("analytics-phone-1-top");
            browser.scrollTo(By.cssSelector(".netra-analytics-headline"));
            browser.screenshot("analytics-phone-2-headline");
            browser.scrollTo(By.cssSelector(".netra-analytics-panels"));
            browser.screenshot("analytics-phone-3-funnel");
            browser.scrollTo(By.id("panel-province"));
            browser.screenshot("analytics-phone-4-province");
        }
    }

    @Test
    void supervisorOfBanten_countsOnlyBanten() {
        try (HeadlessChromium browser = signedIn("supervisor")) {
            browser.get("/analitik");
            browser.waitForText(By.tagName("h1"), "Analitik kasus");
            String provinces = browser.find(By.cssSelector("#panel-province tbody")).getText();
            assertThat(provinces).contains("Banten").doesNotContain("Jawa Barat", "Papua");
            browser.screenshot("analytics-desktop-4-supervisor-banten");
        }
    }

    private HeadlessChromium signedIn(String user) {
        HeadlessChromium browser = HeadlessChromium.open(port, profiles.resolve(user));
        browser.get("/?lang=id");
        browser.signIn(user, TestUsers.demoPassword());
        return browser;
    }
}

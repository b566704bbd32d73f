// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.BrowserTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The handler's main pages as a BKN officer and a PPK officer see them, on a 1280 px screen and on a 390 px phone:
 * start page, queues, a case, the report list and a report, the scorecard, and the administrator's account form.
 * Each is saved to {@code target/screenshots/tour-*} for a human look; the test checks what a phone must keep in
 * view (the state and the deadline without sideways scrolling).
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class HandlerPagesTourBrowserIntegrationTests extends BrowserTest {

    @Test
    void bknAndPpkOfficers_readTheirPages_onDesktopAndPhone() {
        for (String user : List.of("bkn-officer", "ppk-officer")) {
            browser.driver().manage().deleteAllCookies();
            browser.resize(HeadlessChromium.DESKTOP);
            browser.get("/?lang=id");
            browser.signIn(user, TestUsers.demoPassword());
            for (Dimension size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                String suffix = user + (size.equals(HeadlessChromium.PHONE) ? "-phone" : "-desktop");
                shoot("/mulai", "tour-start-" + suffix);
                shoot("/cases?queue=ALL", "tour-queues-" + suffix);
                if (size.equals(HeadlessChromium.PHONE)) {
                    assertStateAndDeadlineInView(user + " queue");
                }
                String caseLink = firstLink("table a[href^='/cases/']");
                shoot(caseLink, "tour-case-" + suffix);
                // a recommended case: the PPK's deadline, the sanction the catalogue maps, and letters where it has any
                shoot(firstLink("table a[href^='/cases/']", "/cases?queue=ALL&state=RECOMMENDED"),
                        "tour-case-recommended-" + suffix);
                scrollToEvidence();
                browser.screenshot("tour-case-evidence-" + suffix);
                shoot("/cases/compliance", "tour-scorecard-" + suffix);
                if (user.equals("bkn-officer")) {
                    shoot("/intake/reports", "tour-reports-" + suffix);
                    if (size.equals(HeadlessChromium.PHONE)) {
                        assertStateAndDeadlineInView(user + " report list");
                    }
                    // a demo report with evidence files, so the previews are on the pages
                    shoot(reportWithEvidence(), "tour-report-" + suffix);
                    scrollToEvidence();
                    browser.screenshot("tour-report-evidence-" + suffix);
                    List<WebElement> previews = browser.driver().findElements(By.cssSelector(".netra-evidence-thumb img"));
                    if (!previews.isEmpty()) {
                        browser.await().until(d -> !"0".equals(previews.get(0).getAttribute("naturalWidth")));
                        browser.screenshot("tour-report-evidence-" + suffix);
                    }
                    List<WebElement> caseLinks = browser.driver().findElements(By.cssSelector("main a[href^='/cases/']"));
                    if (!caseLinks.isEmpty()) {
                        String href = caseLinks.get(0).getAttribute("href");
                        shoot(href.substring(href.indexOf('/', "http://".length())), "tour-case-of-report-" + suffix);
                        scrollToEvidence();
                        browser.screenshot("tour-case-of-report-evidence-" + suffix);
                    }
                }
            }
        }
        browser.driver().manage().deleteAllCookies();
        browser.resize(HeadlessChromium.DESKTOP);
        browser.get("/?lang=id");
        browser.signIn("admin", TestUsers.demoPassword());
        for (Dimension size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
            browser.resize(size);
            String suffix = size.equals(HeadlessChromium.PHONE) ? "phone" : "desktop";
            shoot("/admin/users/ppk-officer", "tour-admin-user-" + suffix);
            browser.scrollTo(By.cssSelector("main form"));
            browser.screenshot("tour-admin-user-form-" + suffix);
        }
    }

    private void shoot(String path, String name) {
        browser.get(path + (path.contains("?") ? "&" : "?") + "lang=id");
        browser.await().until(d -> !d.findElements(By.tagName("main")).isEmpty());
        assertThat(browser.text()).as(path).doesNotContain("??", "_OFFICER", "PILKADA-2024");
        browser.assertNoSidewaysScroll("sideways scrolling on " + path + " (" + name + ")");
        browser.screenshot(name);
    }

    private String firstLink(String css, String onPage) {
        browser.get(onPage + "&lang=id");
        browser.await().until(d -> !d.findElements(By.tagName("main")).isEmpty());
        return firstLink(css);
    }

    private String firstLink(String css) {
        List<WebElement> links = browser.driver().findElements(By.cssSelector(css));
        assertThat(links).as(css).isNotEmpty();
        String href = links.get(0).getAttribute("href");
        return href.substring(href.indexOf('/', "http://".length()));
    }

    private String reportWithEvidence() {
        browser.get("/intake/reports?lang=id");
        for (WebElement row : browser.driver().findElements(By.cssSelector("main table tbody tr"))) {
            if (row.getAttribute("textContent").contains("berkas")) {
                String href = row.findElement(By.cssSelector("a[href^='/intake/reports/']")).getAttribute("href");
                return href.substring(href.indexOf('/', "http://".length()));
            }
        }
        return firstLink("table a[href^='/intake/reports/']");
    }

    private void scrollToEvidence() {
        List<WebElement> headings = browser.driver().findElements(By.xpath("//h2[contains(., 'Bukti')]"));
        if (!headings.isEmpty()) {
            browser.scrollTo(By.xpath("//h2[contains(., 'Bukti')]"));
        }
    }

    /** On a phone the table's state and deadline (where there is one) are on screen, not cut off at the right. */
    private void assertStateAndDeadlineInView(String what) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table tbody tr"));
        if (rows.isEmpty()) {
            return;
        }
        for (WebElement cell : rows.get(0).findElements(By.cssSelector("td[data-label]"))) {
            String label = cell.getAttribute("data-label");
            if (label.equals("Status") || label.equals("Batas waktu")) {
                assertThat(cell.isDisplayed()).as("%s: %s shown", what, label).isTrue();
                assertThat(cell.getRect().getX() + cell.getRect().getWidth())
                        .as("%s: %s within the screen", what, label)
                        .isLessThanOrEqualTo(HeadlessChromium.PHONE.getWidth());
            }
        }
    }
}

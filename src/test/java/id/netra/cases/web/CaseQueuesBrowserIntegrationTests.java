// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Bawaslu officer's case queues with the demo data, in a real browser: all visible cases, narrowed by the filter
 * form to one state, without sideways scrolling of the page on a desktop or a phone (a wide table scrolls inside its
 * own box). Screenshots land in {@code target/screenshots/case-queues-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class CaseQueuesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void bawasluOfficer_filtersTheQueueByState_onDesktopAndPhone() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("bawaslu-officer", TestUsers.demoPassword());
            browser.get("/cases?queue=ALL&lang=id");
            browser.waitForText(By.tagName("main"), "Semua");
            int all = rows(browser);
            assertThat(browser.find(By.cssSelector(".netra-tabs a[aria-current=page]")).getText())
                    .as("the chosen queue is marked").isEqualTo("Semua");
            assertThat(browser.find(By.cssSelector(".netra-tabs a[aria-current=page]")).getCssValue("font-weight"))
                    .isEqualTo("700");
            browser.screenshot("case-queues-desktop");
            browser.assertNoSidewaysScroll("sideways overflow at 1280 px");

            new Select(browser.find(By.name("state"))).selectByValue("FORWARDED");
            browser.find(By.cssSelector(".netra-filter-actions button[type=submit]")).click();
            browser.await().until(driver -> driver.getCurrentUrl().contains("state=FORWARDED"));
            int forwarded = rows(browser);

            assertThat(all).as("the demo data fills the queue").isGreaterThan(5);
            assertThat(forwarded).isPositive().isLessThan(all);

            browser.resize(HeadlessChromium.PHONE);
            browser.get("/cases?queue=ALL&lang=id");
            browser.waitForText(By.tagName("main"), "Semua");
            browser.screenshot("case-queues-phone");
            browser.assertNoSidewaysScroll("sideways overflow on a phone");
        }
    }

    private static int rows(HeadlessChromium browser) {
        return browser.driver().findElements(By.cssSelector("main table tbody tr")).size();
    }
}

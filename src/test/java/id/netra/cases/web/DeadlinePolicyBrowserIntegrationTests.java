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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's deadline policy page in a real browser, on a desktop and on a phone: the version in force is
 * marked, the form for a new version is there, prefilled, and nothing needs sideways scrolling. Screenshots land in
 * {@code target/screenshots/deadline-policy-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class DeadlinePolicyBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void admin_seesTheVersionInForceAndAPrefilledForm_onDesktopAndPhone() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("admin", TestUsers.demoPassword());
            browser.openMenuWith("Kebijakan batas waktu").click();
            browser.waitForText(By.tagName("h1"), "Kebijakan batas waktu");

            assertThat(browser.text()).contains("Berlaku saat ini", "Tambah versi baru", "hari kerja");
            String firstAmount = browser.driver().findElements(By.cssSelector("main form input[type=number]"))
                    .get(0).getDomProperty("value");
            assertThat(firstAmount).as("prefilled from the version in force").matches("[1-9]\\d*");
            browser.screenshot("deadline-policy-desktop");
            browser.assertNoSidewaysScroll("sideways overflow at 1280 px");

            browser.resize(HeadlessChromium.PHONE);
            browser.get("/admin/deadline-policy?lang=id");
            browser.waitForText(By.tagName("h1"), "Kebijakan batas waktu");
            browser.screenshot("deadline-policy-phone");
            browser.assertNoSidewaysScroll("sideways overflow on a phone");
        }
    }
}

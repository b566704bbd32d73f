// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.BrowserTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;

/**
 * A real browser walks the shell as a newcomer would: reads the home page, switches to English, signs in as admin
 * through the form and finds the menu. Screenshots land in {@code target/screenshots/} for a human look.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class PortalBrowserIntegrationTests extends BrowserTest {

    @Test
    void newcomer_readsHome_switchesToEnglish_signsInAsAdmin_andSeesTheMenu() {
        browser.get("/?lang=id");
        assertThat(browser.text()).contains("netralitas ASN", "Apa itu Netra?", "Bawaslu → BKN → PPK");
        browser.screenshot("home-anonymous-id");

        browser.find(By.linkText("EN")).click();
        browser.waitForText(By.tagName("main"), "What is Netra?");

        browser.find(By.linkText("Sign in")).click();
        browser.waitForText(By.tagName("h1"), "Sign in to Netra");
        assertThat(browser.text()).contains("bawaslu-officer", TestUsers.demoPassword());
        browser.screenshot("login-en");
        browser.find(By.id("username")).sendKeys("admin");
        browser.find(By.id("password")).sendKeys(TestUsers.demoPassword());
        browser.find(By.cssSelector("form button[type=submit]")).click();

        browser.waitForText(By.cssSelector(".netra-user summary"), "Demo · Administrator Netra");
        assertThat(browser.menuText()).contains("Home", "Audit log", "API");
        browser.screenshot("home-admin-en");

        browser.openMenuWith("Audit log").click();
        browser.waitForText(By.tagName("h1"), "Audit log");
        assertThat(browser.text()).contains("Signed in");
        browser.find(By.xpath("//button[contains(., 'Verify the chain')]")).click();
        browser.waitForText(By.id("verification"), "Chain intact");
        browser.screenshot("audit-log-en");

        browser.resize(HeadlessChromium.PHONE);
        browser.get("/?lang=id");
        assertThat(browser.menuText()).contains("Log audit");
        browser.assertNoSidewaysScroll("sideways scrolling on a phone");
        browser.screenshot("home-admin-id-mobile");
    }
}

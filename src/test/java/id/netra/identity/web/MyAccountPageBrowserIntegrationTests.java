// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.identity.token.ApiTokens;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The account page in a real browser: reached from the user menu, a token created (its secret shown once with a copy
 * button), revoked after the in-place confirmation, with no sideways scrolling on a desktop or a phone and no console
 * errors; and an administrator's view of a user's tokens. Screenshots land in
 * {@code target/screenshots/account-tokens-*.png} and {@code admin-user-tokens-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class MyAccountPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    ApiTokens tokens;

    @Test
    void administrator_seesAUsersTokens_onTheAccountsPage_onDesktopAndPhone() {
        tokens.create(TestUsers.BKN_OFFICER.username(), "Ekspor data kepegawaian BKN", 30);
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn(TestUsers.ADMIN.username(), TestUsers.demoPassword());
            browser.get("/admin/users/" + TestUsers.BKN_OFFICER.username() + "?lang=id");
            browser.waitForText(By.cssSelector("#tokens"), "Ekspor data kepegawaian BKN");
            browser.scrollTo(By.id("tokens"));
            browser.screenshot("admin-user-tokens-desktop");
            browser.assertNoSidewaysScroll("sideways scrolling");

            browser.resize(HeadlessChromium.PHONE);
            browser.scrollTo(By.id("tokens"));
            browser.screenshot("admin-user-tokens-phone");
            browser.assertNoSidewaysScroll("sideways scrolling");
        }
    }

    @Test
    void user_createsAndRevokesAToken_onDesktopAndPhone() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn(TestUsers.PPK_OFFICER.username(), TestUsers.demoPassword());
            browser.find(By.cssSelector(".netra-user summary")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Akun saya"))).click();
            browser.waitForText(By.tagName("h1"), "Akun saya");

            browser.find(By.id("name")).sendKeys("Rekap harian SIMPEG");
            new Select(browser.find(By.id("expiresInDays"))).selectByValue("30");
            browser.find(By.cssSelector("#new-token-form button[type=submit]")).click();
            String secret = browser.waitForText(By.id("new-token-secret"), "netra_").getText();
            assertThat(secret).hasSize(49);
            assertThat(browser.find(By.cssSelector("[data-copy-target]")).isDisplayed()).as("copy button").isTrue();
            assertThat(browser.find(By.id("token-list")).getText()).contains("Rekap harian SIMPEG", "Aktif",
                    "belum pernah", secret.substring(0, 14));
            browser.scrollTo(By.id("tokens"));
            browser.screenshot("account-tokens-created-desktop");
            browser.assertNoSidewaysScroll("sideways scrolling");

            browser.resize(HeadlessChromium.PHONE);
            browser.scrollTo(By.id("tokens"));
            browser.screenshot("account-tokens-created-phone");
            browser.assertNoSidewaysScroll("sideways scrolling");

            browser.get("/account?lang=id");
            assertThat(browser.text()).doesNotContain(secret);
            browser.find(By.cssSelector("#token-list details.netra-confirm summary")).click();
            browser.waitForText(By.cssSelector("#token-list details.netra-confirm form"), "Cabut token");
            browser.scrollTo(By.id("tokens"));
            browser.screenshot("account-tokens-confirm-phone");
            browser.find(By.cssSelector("#token-list details.netra-confirm form button")).click();
            browser.waitForText(By.cssSelector("#tokens [role=status]"), "dicabut");
            assertThat(browser.find(By.id("token-list")).getText()).contains("Dicabut");

            browser.resize(HeadlessChromium.DESKTOP);
            browser.get("/account?lang=id");
            browser.screenshot("account-tokens-desktop");
            assertThat(browser.consoleMessages()).as("script errors and CSP violations")
                    .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught"));
        }
    }
}

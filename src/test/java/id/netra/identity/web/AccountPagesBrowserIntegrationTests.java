// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

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
 * The administrator's account list in a real browser: reached from the menu, lists the demo accounts with their
 * scope, opens the form for a new account, and needs no sideways scrolling on a desktop or a phone. Screenshots land
 * in {@code target/screenshots/admin-users-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class AccountPagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void admin_findsTheAccountsFromTheMenu_onDesktopAndPhone() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("admin", TestUsers.demoPassword());
            browser.openMenuWith("Akun pengguna").click();
            browser.waitForText(By.tagName("h1"), "Akun pengguna");

            String list = browser.find(By.tagName("main")).getText();
            assertThat(list).contains("ppk-officer", "Pemerintah Kabupaten Pandeglang", "bawaslu-officer", "Banten");
            browser.screenshot("admin-users-desktop");
            browser.assertNoSidewaysScroll("sideways overflow at 1280 px");

            browser.get("/admin/users/new?lang=id");
            browser.waitForText(By.tagName("h1"), "Buat akun");
            assertThat(browser.driver().findElements(By.cssSelector("main form select option")))
                    .as("every role offered").hasSizeGreaterThanOrEqualTo(7);
            browser.screenshot("admin-users-new-desktop");

            browser.resize(HeadlessChromium.PHONE);
            browser.get("/admin/users?lang=id");
            browser.waitForText(By.tagName("h1"), "Akun pengguna");
            browser.screenshot("admin-users-phone");
            browser.assertNoSidewaysScroll("sideways overflow on a phone");
        }
    }
}

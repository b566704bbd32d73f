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
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every demo role signs in at 1280 px: the menu bar stays on one line (every top-level entry at the same height), so
 * no entry hides under an open dropdown of the line above, and the grouped menus hold the rest.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class NavigationOneLineBrowserIntegrationTests extends BrowserTest {

    /** The demo users, one per role. */
    private static final List<String> USERS = List.of("bawaslu-officer", "satgas-verifier", "bkn-officer",
            "ppk-officer", "supervisor", "analyst", "admin");

    @Test
    void everyRole_seesTheMenuBarOnOneLine_at1280px() {
        browser.get("/?lang=id");
        assertThat(browser.find(By.cssSelector("nav.netra-menu")).findElement(By.linkText("Lapor")).isDisplayed())
                .as("a visitor finds the report form on the bar itself").isTrue();
        for (String user : USERS) {
            browser.driver().manage().deleteAllCookies();
            browser.resize(HeadlessChromium.DESKTOP);
            browser.get("/?lang=id");
            browser.signIn(user, TestUsers.demoPassword());
            browser.get("/mulai?lang=id");
            @SuppressWarnings("unchecked")
            List<List<Number>> boxes = (List<List<Number>>) script("""
                    return Array.from(document.querySelectorAll('nav.netra-menu > ul > li'))
                        .map(li => li.getBoundingClientRect()).map(r => [r.top, r.bottom]);""");
            List<String> labels = browser.driver().findElements(By.cssSelector("nav.netra-menu > ul > li")).stream()
                    .map(li -> li.getText().strip()).toList();
            double lowestTop = boxes.stream().mapToDouble(box -> box.get(0).doubleValue()).max().orElseThrow();
            double highestBottom = boxes.stream().mapToDouble(box -> box.get(1).doubleValue()).min().orElseThrow();
            double tallest = boxes.stream().mapToDouble(box -> box.get(1).doubleValue() - box.get(0).doubleValue())
                    .max().orElseThrow();
            Number barHeight = (Number) script(
                    "return document.querySelector('nav.netra-menu > ul').getBoundingClientRect().height;");
            assertThat(lowestTop).as("%s's menu %s: every entry on the first line", user, labels)
                    .isLessThan(highestBottom);
            assertThat(barHeight.doubleValue()).as("%s's menu bar %s is one entry high", user, labels)
                    .isLessThan(tallest * 1.5);
            browser.assertNoSidewaysScroll(user + ": no sideways scrolling");
            browser.screenshot("nav-" + user + "-desktop");
        }
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }
}

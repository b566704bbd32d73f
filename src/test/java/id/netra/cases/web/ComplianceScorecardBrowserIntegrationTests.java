// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PPK scorecard in a 1280×800 window, as BKN sees it with the demo data: all ten columns are there and the table
 * fits the page, with no sideways scrolling. The screenshot lands in {@code target/screenshots/compliance-1280.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class ComplianceScorecardBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void scorecard_fitsA1280PixelWindow_withEveryColumn() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("bkn-officer", TestUsers.demoPassword());
            browser.resize(new Dimension(1280, 800));
            browser.get("/cases/compliance?groupBy=agency");
            browser.waitForText(By.tagName("main"), "PEMKAB-36.01");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            List<WebElement> headers = browser.driver().findElements(By.cssSelector("main table thead th"));
            long tableWidth = number(js.executeScript(
                    "return Math.ceil(document.querySelector('main table').getBoundingClientRect().width)"));
            long mainWidth = number(js.executeScript("return document.querySelector('main').clientWidth"));
            browser.screenshot("compliance-1280");

            assertThat(headers).hasSize(10);
            assertThat(tableWidth).as("table width within main (%d px)", mainWidth).isLessThanOrEqualTo(mainWidth);
            browser.assertNoSidewaysScroll("sideways scrolling");
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The decision form of a recommended demo case, in a real browser: the mapped sanction preselected and named, the
 * note about a lighter sanction as soon as one is chosen, the confirmation naming the person, and a refusal that
 * keeps what was typed with the reason next to its field. Screenshots land in
 * {@code target/screenshots/case-decide-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class CaseActionFormsBrowserIntegrationTests {

    private static final String FORM = "form[action$='/actions/decide']";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void theDecisionForm_guidesThePpk_onDesktopAndPhone() {
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("admin", TestUsers.demoPassword());
            browser.get("/cases?queue=ALL&state=RECOMMENDED&lang=id");
            browser.find(By.cssSelector("main table tbody tr a")).click();
            browser.waitForText(By.tagName("main"), "Catat keputusan PPK");
            String person = browser.find(By.cssSelector("#case-body .grid article:nth-of-type(2) p strong")).getText();
            browser.find(By.cssSelector("details:has(> " + FORM + ") > summary")).click();

            Select sanction = new Select(browser.find(By.cssSelector(FORM + " select[name=sanctionCode]")));
            String mappedRank = browser.find(By.cssSelector(FORM + " select[name=sanctionCode]"))
                    .getAttribute("data-mapped-rank");
            assertThat(sanction.getFirstSelectedOption().getAttribute("data-rank"))
                    .as("the mapped sanction is preselected").isEqualTo(mappedRank).isNotNull();
            assertThat(browser.find(By.cssSelector(FORM)).getText()).contains("Sanksi menurut pemetaan katalog");
            WebElement lighterNote = browser.find(By.id("decide-lighter"));
            assertThat(lighterNote.isDisplayed()).isFalse();
            sanction.selectByValue("PP94-2021/RINGAN-1");
            browser.await().until(driver -> lighterNote.isDisplayed());
            assertThat(browser.find(By.cssSelector(FORM + " [name=justification]")).getAttribute("required"))
                    .isNotNull();
            browser.find(By.cssSelector(FORM + " [name=decreeNumber]")).sendKeys("800/9/UJI/2024");
            browser.scrollTo(By.cssSelector(FORM));
            browser.screenshot("case-decide-desktop");

            // the browser's own checks are lifted so that the server's answer shows next to the fields
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector(arguments[0]).noValidate = true;", FORM);
            browser.find(By.cssSelector(FORM + " button[type=submit]")).click();
            var confirmation = browser.await().until(ExpectedConditions.alertIsPresent());
            assertThat(confirmation.getText()).contains(person, "Sanksi ini dihitung sebagai tindak lanjut");
            confirmation.accept();
            browser.waitForText(By.cssSelector(FORM), "Alasan wajib diisi");
            assertThat(browser.find(By.cssSelector(FORM + " [name=decreeNumber]")).getAttribute("value"))
                    .as("what was typed stays").isEqualTo("800/9/UJI/2024");
            assertThat(browser.find(By.cssSelector(FORM + " [name=decreeDate] + small.netra-error, "
                    + FORM + " small.netra-error")).getText()).isNotBlank();
            browser.assertNoSidewaysScroll("sideways overflow at 1280 px");

            browser.resize(HeadlessChromium.PHONE);
            browser.scrollTo(By.cssSelector(FORM));
            browser.screenshot("case-decide-phone");
            browser.assertNoSidewaysScroll("sideways overflow on a phone");
            assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.BrowserTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A real browser: the admin finds "Data referensi" in the shared menu, sees a form's errors in Indonesian, filters
 * the regions to Banten, and then uses the working-day calculator through htmx. Screenshots at desktop and phone size land in {@code target/screenshots/}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class ReferenceBrowserIntegrationTests extends BrowserTest {

    @Test
    void admin_filtersRegionsToBanten_andCountsOneWorkingDayAfter29December2023() {
        browser.get("/?lang=id");
        browser.signIn("admin", TestUsers.demoPassword());

        menuLink("Data referensi").click();
        browser.waitForText(By.tagName("h1"), "Data referensi");
        assertThat(menuLink("Data referensi").getAttribute("aria-current")).isEqualTo("page");
        browser.closeMenus();
        browser.screenshot("reference-admin-desktop");

        browser.find(By.linkText("Hari libur")).click();
        browser.waitForText(By.tagName("h1"), "Hari libur");
        browser.find(By.cssSelector("form[action$='/holidays'] button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Sebutkan keputusan yang menetapkannya.");
        browser.screenshot("reference-holiday-errors-desktop");
        browser.find(By.cssSelector("nav[aria-label=breadcrumb]")).findElement(By.linkText("Data referensi")).click();
        browser.waitForText(By.tagName("h1"), "Data referensi");

        browser.find(By.linkText("Wilayah")).click();
        browser.waitForText(By.tagName("h1"), "Wilayah");
        browser.find(By.name("q")).sendKeys("Banten");
        browser.find(By.cssSelector("form[role=search] button")).click();
        browser.waitForText(By.id("row-count"), "9 baris");
        String regions = browser.find(By.cssSelector("table tbody")).getText();
        assertThat(regions).contains("Banten", "Kabupaten Pandeglang", "Kabupaten Lebak", "Kota Cilegon",
                "Kota Tangerang Selatan").doesNotContain("Jawa Barat", "Kabupaten Bogor");
        browser.screenshot("reference-regions-banten-desktop");
        browser.resize(HeadlessChromium.PHONE);
        browser.assertNoSidewaysScroll("sideways scrolling on a phone");
        browser.screenshot("reference-regions-banten-phone");
        browser.resize(HeadlessChromium.DESKTOP);

        menuLink("Kalender hari kerja").click();
        browser.waitForText(By.tagName("h1"), "Kalender hari kerja");
        // a date input takes typed digits in the browser's locale order; the ISO value is what the form sends
        setValue(browser.find(By.id("from")), "2023-12-29");
        browser.find(By.id("days")).sendKeys("1");
        script("window.netraSamePage = true;");
        browser.find(By.cssSelector("#calculator button[type=submit]")).click();

        WebElement answer = browser.waitForText(By.id("answer"), "Selasa, 2 Januari 2024");
        assertThat(answer.getText()).contains("1 hari kerja setelah Jumat, 29 Desember 2023")
                .doesNotContain("Tahun Baru 2024 Masehi");
        answer.findElement(By.tagName("summary")).click();
        assertThat(answer.getText()).contains("Tahun Baru 2024 Masehi", "(Libur nasional)");
        assertThat(browser.find(By.id("result-date")).getAttribute("datetime")).isEqualTo("2024-01-02");
        assertThat(script("return window.netraSamePage === true;")).as("htmx swapped the answer in").isEqualTo(true);
        assertThat(browser.driver().getCurrentUrl()).contains("from=2023-12-29", "days=1");
        browser.scrollTo(By.tagName("body"));
        browser.screenshot("reference-calendar-desktop");
        browser.resize(HeadlessChromium.PHONE);
        browser.scrollTo(By.id("answer"));
        browser.assertNoSidewaysScroll("sideways scrolling on a phone");
        browser.screenshot("reference-calendar-phone");

        WebElement days = browser.find(By.id("days"));
        days.clear();
        days.sendKeys("0");
        browser.find(By.cssSelector("#calculator button[type=submit]")).click();
        browser.waitForText(By.id("calculator"), "Jumlah hari kerja harus bilangan bulat dari 1 sampai 3660.");
        assertThat(browser.find(By.id("days")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElements(By.id("answer"))).isEmpty();
        browser.scrollTo(By.id("calculator"));
        browser.screenshot("reference-calendar-error-phone");
    }

    /** The menu's link, after opening the one grouped menu that holds it, as a user would. */
    private WebElement menuLink(String label) {
        browser.closeMenus();
        WebElement link = browser.find(By.cssSelector("nav.netra-menu"))
                .findElement(By.xpath(".//a[normalize-space()='" + label + "']"));
        if (!link.isDisplayed()) {
            link.findElement(By.xpath("ancestor::details[1]/summary")).click();
        }
        return link;
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }
}

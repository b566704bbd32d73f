// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.intake.IntakeReports;
import id.netra.intake.support.TestFiles;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reporter on a phone-sized screen: fills in the form, adds a second person with htmx, attaches a photo with a GPS
 * position, gets the receipt, and later reads the status and a handler's message with it. Screenshots land in
 * {@code target/screenshots/} for a human look.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class ReportOnAPhoneBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IntakeReports reports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(port, temp.resolve("profile"));
        browser.resize(HeadlessChromium.PHONE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void reporterOnAPhone_getsAReceipt_andReadsTheStatusAndAHandlersMessage() throws Exception {
        String name = "Camat Telepon " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.write(temp.resolve("IMG_20241005_101112.jpg"), TestFiles.jpegWithGps());

        browser.get("/lapor?lang=id");
        new Select(browser.find(By.id("electionCode"))).selectByValue("PILKADA-2024");
        new Select(browser.find(By.id("regionCode"))).selectByValue("36.01");
        browser.find(By.id("person-name-0")).sendKeys(name);
        browser.find(By.id("person-agency-0")).sendKeys("Pemerintah Kabupaten Pandeglang");
        browser.find(By.xpath("//button[contains(., 'Tambah ASN')]")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name-1")))
                .sendKeys("Sekretaris " + name);
        browser.find(By.id("person-agency-1")).sendKeys("Pemerintah Kabupaten Pandeglang");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2024-10-05'",
                browser.find(By.id("occurredOn")));
        browser.find(By.id("place")).sendKeys("Balai desa");
        browser.find(By.id("description"))
                .sendKeys("Camat dan sekretarisnya membagikan stiker pasangan calon kepada kepala desa.");
        browser.find(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        browser.assertNoSidewaysScroll("sideways scrolling on a phone");
        browser.screenshot("lapor-phone-filled");
        click(By.xpath("//form//button[@type='submit' and contains(., 'Kirim laporan')]"));

        String receipt = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")))
                .getText();
        assertThat(receipt).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(browser.text()).contains("hanya ditampilkan sekali");
        browser.assertNoSidewaysScroll("sideways scrolling on a phone");
        browser.screenshot("lapor-phone-receipt");

        UUID reportId = jdbc.sql("select report_id from intake.reported_person where name = :name")
                .param("name", name).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from intake.reported_person where report_id = :id")
                .param("id", reportId).query(Integer.class).single()).isEqualTo(2);
        reports.postPublicMessage(reportId, "bawaslu-officer", "Terima kasih. Laporan Anda sedang kami telaah.");

        browser.get("/lapor/status");
        browser.find(By.id("receipt")).sendKeys(receipt);
        click(By.xpath("//button[contains(., 'Lihat status')]"));

        assertThat(browser.waitForText(By.id("status"), "Diterima").getText()).isEqualTo("Diterima");
        assertThat(browser.text()).contains("Terima kasih. Laporan Anda sedang kami telaah.", "bukti-1.jpg",
                "Data lokasi dan kamera sudah dihapus.");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(receipt.replace(" ", ""));
        browser.screenshot("lapor-phone-status");
    }

    /** On a phone-sized window the button may be below the fold. */
    private void click(By button) {
        browser.scrollTo(button);
        browser.find(button).click();
    }
}

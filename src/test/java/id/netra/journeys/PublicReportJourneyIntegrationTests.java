// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3 "tried as a new user would": a reporter on a phone-sized window reports a civil servant with a photo and
 * gets a receipt; a Bawaslu officer, signed in through the login form in another browser, finds the report, sees the
 * photo's hashes and writes to the reporter; the reporter, with nothing but the receipt, reads the status and the
 * message. Screenshots of every step land in {@code target/screenshots/journey-report-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class PublicReportJourneyIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path reporterProfile;

    @TempDir
    Path handlerProfile;

    @TempDir
    Path files;

    @Test
    void reporterOnPhone_getsReceipt_andReadsTheHandlersMessageThroughIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String civilServant = "Journey Camat " + suffix;
        String handlerMessage = "Terima kasih, laporan " + suffix + " sedang kami telaah.";
        byte[] photo = JourneyPhoto.withGpsTag();
        Path photoFile = Files.write(files.resolve("kampanye-" + suffix + ".jpg"), photo);
        String photoSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));

        String receipt;
        try (HeadlessChromium reporter = HeadlessChromium.open(port, reporterProfile)) {
            reporter.resize(HeadlessChromium.PHONE);
            reporter.get("/lapor?lang=id");
            reporter.waitForText(By.tagName("h1"), "Laporkan");
            reporter.assertNoSidewaysScroll("the form fits a 390 px wide phone");
            reporter.screenshot("journey-report-1-form-phone");

            new Select(reporter.find(By.id("electionCode"))).selectByValue("PILKADA-2024");
            new Select(reporter.find(By.id("regionCode"))).selectByValue("36.01");
            reporter.find(By.id("person-name-0")).sendKeys(civilServant);
            reporter.find(By.id("person-agency-0")).sendKeys("Pemerintah Kabupaten Pandeglang");
            new Select(reporter.find(By.id("person-class-0"))).selectByValue("ADMINISTRATOR");
            reporter.find(By.id("person-title-0")).sendKeys("Camat");
            new Select(reporter.find(By.id("violationCode"))).selectByValue("DS-2");
            setValue(reporter, reporter.find(By.id("occurredOn")), "2024-10-01");
            reporter.find(By.id("place")).sendKeys("Kecamatan Labuan");
            reporter.find(By.id("description")).sendKeys("Camat " + suffix
                    + " membagikan ajakan memilih salah satu pasangan calon di grup WhatsApp warga.");
            reporter.find(By.id("files")).sendKeys(photoFile.toAbsolutePath().toString());
            reporter.find(By.cssSelector("input[name='reporter.mode'][value=ANONYMOUS]")).click();
            reporter.screenshot("journey-report-2-filled-phone");
            submit(reporter, By.cssSelector("main form > button[type=submit]"));

            reporter.waitForText(By.tagName("h1"), "sudah kami terima");
            receipt = reporter.find(By.id("receipt")).getText().replaceAll("\\D", "");
            assertThat(receipt).as("the receipt shown once").matches("\\d{16}");
            assertThat(reporter.text()).contains("Catat atau foto nomor ini");
            reporter.screenshot("journey-report-3-receipt-phone");
        }

        String handlerStatus;
        try (HeadlessChromium handler = HeadlessChromium.open(port, handlerProfile)) {
            handler.get("/?lang=id");
            handler.signIn("bawaslu-officer", TestUsers.demoPassword());
            handler.get("/intake/reports?regionCode=36.01");
            WebElement row = handler.await().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//tbody/tr[td[contains(., '" + civilServant + "')]]")));
            // the region and the violation form by their names (their codes are the tooltips), the evidence count
            assertThat(row.getText()).contains("Kabupaten Pandeglang",
                    "Melakukan sosialisasi atau kampanye calon melalui media sosial", "1 berkas");
            assertThat(row.findElement(By.cssSelector("[title='DS-2']")).getText()).startsWith("Melakukan sosialisasi");
            handler.screenshot("journey-report-4-handler-list");
            row.findElement(By.cssSelector("td a")).click();

            handler.waitForText(By.tagName("main"), civilServant);
            String page = handler.text();
            // the election by its name (the code is only a tooltip), the agency by name, the evidence and its hashes
            assertThat(page).contains("Pemilihan Kepala Daerah Serentak 2024", "Pemerintah Kabupaten Pandeglang",
                    "image/jpeg", "Data lokasi dan kamera sudah dihapus.");
            assertThat(page).as("the SHA-256 of the photo as uploaded").contains(photoSha256);
            assertThat(page).as("a neutral name: the reporter's own file name could identify them")
                    .contains("bukti-1.jpg").doesNotContain("kampanye-" + suffix);
            String storedHash = handler.find(By.cssSelector("main table code.hash")).getText();
            assertThat(storedHash).as("the stripped copy has its own hash").matches("[0-9a-f]{64}")
                    .isNotEqualTo(photoSha256);
            handlerStatus = handler.find(By.id("status")).getText();
            handler.scrollTo(By.xpath("//h2[contains(., 'Bukti')]"));
            handler.screenshot("journey-report-5-handler-evidence");

            handler.find(By.id("text")).sendKeys(handlerMessage);
            submit(handler, By.cssSelector("form[action$='/messages'] button[type=submit]"));
            handler.waitForText(By.cssSelector("article[role=status]"), "");
            assertThat(handler.find(By.cssSelector(".from-handler")).getText()).contains(handlerMessage);
            handler.scrollTo(By.xpath("//h2[contains(., 'Pesan')]"));
            handler.screenshot("journey-report-6-handler-message");
        }

        try (HeadlessChromium reporter = HeadlessChromium.open(port, reporterProfile.resolve("again"))) {
            reporter.resize(HeadlessChromium.PHONE);
            reporter.get("/lapor/status?lang=id");
            reporter.find(By.id("receipt")).sendKeys(receipt);
            submit(reporter, By.cssSelector("main form button[type=submit]"));

            String status = reporter.waitForText(By.id("status"), handlerStatus).getText();
            assertThat(status).isEqualTo(handlerStatus).isNotBlank();
            WebElement message = reporter.find(By.cssSelector(".from-handler"));
            assertThat(message.getText()).contains("Petugas", handlerMessage);
            assertThat(reporter.text()).as("the reporter sees the kept photo, never the handler's name")
                    .contains("bukti-1.jpg").doesNotContain("bawaslu-officer");
            reporter.screenshot("journey-report-7-status-phone");
        }
    }

    private static void submit(HeadlessChromium browser, By button) {
        WebElement element = browser.find(button);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'});",
                element);
        element.click();
    }

    /** A date input takes typed digits in the browser's locale order; the ISO value is what the form sends. */
    private static void setValue(HeadlessChromium browser, WebElement input, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }
}

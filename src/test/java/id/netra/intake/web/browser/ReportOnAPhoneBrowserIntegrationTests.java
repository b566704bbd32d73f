// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.intake.IntakeReports;
import id.netra.intake.support.TestFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reporter on a phone-sized screen: fills in the form, adds a second person with htmx, attaches a photo with a GPS
 * position, gets the receipt, and later reads the status and a handler's message with it. Screenshots land in
 * {@code target/screenshots/} for a human look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
class ReportOnAPhoneBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    IntakeReports reports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    WebDriver browser;
    WebDriverWait wait;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + temp.resolve("profile").toAbsolutePath(), "--window-size=390,844",
                "--lang=id");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reporterOnAPhone_getsAReceipt_andReadsTheStatusAndAHandlersMessage() throws IOException {
        String name = "Camat Telepon " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.write(temp.resolve("IMG_20241005_101112.jpg"), TestFiles.jpegWithGps());

        browser.get(url("/lapor?lang=id"));
        new Select(browser.findElement(By.id("electionCode"))).selectByValue("PILKADA-2024");
        new Select(browser.findElement(By.id("regionCode"))).selectByValue("36.01");
        browser.findElement(By.id("person-name-0")).sendKeys(name);
        browser.findElement(By.id("person-agency-0")).sendKeys("Pemerintah Kabupaten Pandeglang");
        browser.findElement(By.xpath("//button[contains(., 'Tambah ASN')]")).click();
        WebElement second = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name-1")));
        second.sendKeys("Sekretaris " + name);
        browser.findElement(By.id("person-agency-1")).sendKeys("Pemerintah Kabupaten Pandeglang");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-10-05'",
                browser.findElement(By.id("occurredOn")));
        browser.findElement(By.id("place")).sendKeys("Balai desa");
        browser.findElement(By.id("description"))
                .sendKeys("Camat dan sekretarisnya membagikan stiker pasangan calon kepada kepala desa.");
        browser.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        screenshot("lapor-phone-filled");
        click(browser.findElement(By.xpath("//form//button[@type='submit' and contains(., 'Kirim laporan')]")));

        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt"))).getText();
        assertThat(receipt).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(text()).contains("hanya ditampilkan sekali");
        screenshot("lapor-phone-receipt");

        UUID reportId = jdbc.sql("select report_id from intake.reported_person where name = :name")
                .param("name", name).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from intake.reported_person where report_id = :id")
                .param("id", reportId).query(Integer.class).single()).isEqualTo(2);
        reports.postPublicMessage(reportId, "bawaslu-officer", "Terima kasih. Laporan Anda sedang kami telaah.");

        browser.get(url("/lapor/status"));
        browser.findElement(By.id("receipt")).sendKeys(receipt);
        click(browser.findElement(By.xpath("//button[contains(., 'Lihat status')]")));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Diterima");
        assertThat(text()).contains("Terima kasih. Laporan Anda sedang kami telaah.", "bukti-1.jpg",
                "Data lokasi dan kamera sudah dihapus.");
        assertThat(browser.getCurrentUrl()).doesNotContain(receipt.replace(" ", ""));
        screenshot("lapor-phone-status");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser walks the shell as a newcomer would: reads the home page, switches to English, signs in as admin
 * through the form and finds the menu. Screenshots land in {@code target/screenshots/} for a human look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("browserInstalled")
class PortalBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

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
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1800");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void newcomer_readsHome_switchesToEnglish_signsInAsAdmin_andSeesTheMenu() throws IOException {
        browser.get("http://localhost:" + port + "/?lang=id");
        assertThat(text()).contains("netralitas ASN", "Apa itu Netra?", "Bawaslu → BKN → PPK");
        screenshot("home-anonymous-id");

        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "What is Netra?"));

        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sign in to Netra"));
        assertThat(text()).contains("bawaslu-officer", "netra-demo");
        screenshot("login-en");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("netra-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".netra-user summary"),
                "Demo · Administrator Netra"));
        String menu = browser.findElement(By.cssSelector("nav.netra-menu")).getText();
        assertThat(menu).contains("Home", "Audit log", "API");
        screenshot("home-admin-en");

        browser.findElement(By.linkText("Audit log")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audit log"));
        assertThat(text()).contains("identity.signed-in");
        browser.findElement(By.xpath("//button[contains(., 'Verify the chain')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "Chain intact"));
        screenshot("audit-log-en");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/?lang=id");
        assertThat(browser.findElement(By.cssSelector("nav.netra-menu")).getText()).contains("Log audit");
        screenshot("home-admin-id-mobile");
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

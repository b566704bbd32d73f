// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page as a BKN officer uses it, in Chromium: a dry run of a small file, the progress bar that htmx polls
 * (no inline script, under the Content-Security-Policy) and the summary with the refused row in Indonesian; then the
 * real import. Screenshots land in {@code target/screenshots/case-import-*.png}, desktop and phone.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class CaseImportPageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @TempDir
    Path files;

    @Test
    void aDryRunThenTheImport_showProgressAndASummaryWithTheRefusedRows() throws Exception {
        String source = CaseImportClient.freshSource("UI");
        Path csv = files.resolve("kasus-2020.csv");
        Files.writeString(csv, CaseImportClient.HEADER
                + "U-1,PILKADA-2020,2020-03-02,33.11,PEMKAB-33.11,FUNGSIONAL,tidak,PNS,DS-2,,RECOMMENDED,,,2020-03-20,,,,\n"
                + "U-2,PILKADA-2020,2020-03-05,33.11,PEMKAB-33.11,JPT_PRATAMA,tidak,PNS,DS-3,,SANCTIONED,,,2020-03-25,,"
                + "2020-05-04,PP53-2010/SEDANG-1,800/17/2020\n"
                + "U-3,PILKADA-2020,2020-02-30,99.99,PEMKAB-33.11,,,,DS-2,,RECEIVED,,,,,,,\n",
                StandardCharsets.UTF_8);
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("bkn-officer", TestUsers.demoPassword());
            browser.get("/cases/import");
            browser.find(By.id("source")).sendKeys(source);
            browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            browser.find(By.cssSelector("main form button[type=submit]")).click();

            browser.waitForText(By.tagName("main"), "Baris yang ditolak");
            String page = browser.text();
            assertThat(page).contains("Uji coba impor perkara historis", "3 dari 3 baris diproses (100%)",
                    "Kode wilayah 99.99 tidak dikenal", "Tanggal 2020-02-30 tidak terbaca");
            assertThat(browser.driver().findElements(By.cssSelector("#progress progress"))).hasSize(1);
            browser.screenshot("case-import-dry-run-desktop");
            browser.resize(HeadlessChromium.PHONE);
            browser.screenshot("case-import-dry-run-phone");
            browser.assertNoSidewaysScroll("sideways scrolling");
            browser.resize(HeadlessChromium.DESKTOP);

            browser.get("/cases/import");
            browser.find(By.id("source")).sendKeys(source);
            browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            browser.find(By.cssSelector("input[name=dryRun]")).click();
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForText(By.tagName("main"), "Perkara baru dibuat");
            assertThat(browser.text()).contains("Impor perkara historis", "Selesai");
            browser.screenshot("case-import-done-desktop");
            assertThat(browser.consoleMessages()).noneMatch(message -> message.contains("Content Security Policy"));
        }
    }
}

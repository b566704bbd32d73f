// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new user's first survey, in the browser: an XLSForm becomes a survey, a KoboToolbox export of twenty thousand rows
 * (with a name and a telephone column, and three wrong rows) is uploaded, its progress bar runs to 100%, the summary
 * names the refused rows and the dropped identifier columns, and the results page reads the answers. Then the same on
 * a phone with a second export. Screenshots in {@code target/screenshots/survey-upload-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class SurveyUploadBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @TempDir
    Path files;

    @Test
    void anXlsFormAndAKoboExportUploadedThroughThePagesGiveAResultsPageThatReadsCorrectly() throws Exception {
        Path form = Files.write(files.resolve("netralitas_asn.xlsx"), SurveyUploadPageIntegrationTests.xlsForm());
        Path first = Files.writeString(files.resolve("netralitas_asn_2024-10-01.csv"), koboExport(20_000, 13, true),
                StandardCharsets.UTF_8);
        Path second = Files.writeString(files.resolve("netralitas_asn_gelombang_2.csv"),
                koboExport(6_000, 14, false), StandardCharsets.UTF_8);
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("analyst", TestUsers.demoPassword());
            browser.resize(HeadlessChromium.DESKTOP);

            browser.get("/surveys");
            browser.find(By.linkText("Survei baru dari XLSForm")).click();
            browser.waitForText(By.tagName("h1"), "Survei baru dari XLSForm");
            browser.screenshot("survey-upload-xlsform-1280");
            browser.find(By.id("xlsform-file")).sendKeys(form.toAbsolutePath().toString());
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForText(By.tagName("main"), "Instrumen disimpan dengan 4 pertanyaan");
            assertThat(browser.text()).contains("Survei netralitas ASN uji")
                    .contains("ditambahkan ke survei yang belum memiliki responden ini");
            browser.screenshot("survey-upload-form-1280");

            upload(browser, first, "desktop");
            assertThat(browser.text()).contains("Selesai").contains("20.000 baris diproses (100%)")
                    .containsPattern("Responden baru yang disimpan\\s+19\\.997").containsPattern("Baris ditolak\\s+3\\b")
                    .contains("identitas/nama, identitas/telepon").contains("_uuid, start, end")
                    .contains("Jawaban \"bos\" tidak ada dalam pilihan pertanyaan infl.")
                    .contains("\"tiga puluh\" bukan angka.").contains("bukan 1/0");
            browser.assertNoSidewaysScroll("sideways scrolling");
            browser.screenshot("survey-upload-done-1280");
            browser.scrollTo(By.cssSelector(".netra-upload-job table.striped"));
            browser.screenshot("survey-upload-errors-1280");

            // a reload finds the job where it ended
            browser.driver().navigate().refresh();
            browser.waitForText(By.tagName("main"), "Ringkasan unggahan");

            browser.find(By.linkText("Lihat hasil survei")).click();
            results(browser, 19_997);
            browser.screenshot("survey-upload-results-1280");
            browser.scrollTo(By.id("chart-0"));
            browser.screenshot("survey-upload-results-chart-1280");

            browser.resize(HeadlessChromium.PHONE);
            browser.find(By.linkText("Unggah jawaban dari KoboToolbox, ODK Central atau LimeSurvey")).click();
            browser.waitForText(By.tagName("h1"), "Unggah jawaban survei");
            assertThat(browser.text()).contains("19.997 responden");
            browser.screenshot("survey-upload-form-390");
            upload(browser, second, "phone");
            assertThat(browser.text()).containsPattern("Responden baru yang disimpan\\s+6\\.000").containsPattern("Baris ditolak\\s+0\\b");
            browser.assertNoSidewaysScroll("sideways scrolling");
            browser.screenshot("survey-upload-done-390");
            browser.find(By.linkText("Lihat hasil survei")).click();
            results(browser, 25_997);
            browser.screenshot("survey-upload-results-390");
            browser.scrollTo(By.id("chart-0"));
            browser.screenshot("survey-upload-results-chart-390");
            assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
        }
    }

    /** Picks the file, sends it, screenshots the job while it runs, and waits for the bar to reach 100%. */
    private static void upload(HeadlessChromium browser, Path file, String device) {
        int width = "phone".equals(device) ? HeadlessChromium.PHONE.getWidth() : HeadlessChromium.DESKTOP.getWidth();
        browser.find(By.id("responses-file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("#survey-upload-form button[type=submit]")).click();
        WebDriverWait patient = new WebDriverWait(browser.driver(), Duration.ofSeconds(180));
        patient.ignoring(StaleElementReferenceException.class);
        patient.until(d -> !d.findElements(By.cssSelector("#survey-upload-progress progress")).isEmpty());
        browser.scrollTo(By.id("survey-upload-progress"));
        browser.screenshot("survey-upload-progress-" + width);
        try {
            // best effort: the bar part-way, if the machine is slow enough to catch it there
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> percent(d) > 0 && percent(d) < 100);
            browser.screenshot("survey-upload-progress-mid-" + width);
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoSuchElementException e) {
            // finished before the first refresh: the screenshots before and after show both ends
        }
        List<Integer> seen = new ArrayList<>();
        patient.until(d -> {
            int percent = percent(d);
            if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
                seen.add(percent);
            }
            return percent == 100 && d.findElement(By.id("survey-upload-progress")).getText().contains("Selesai");
        });
        assertThat(seen).isSorted().endsWith(100);
        assertThat(browser.driver().getCurrentUrl()).as("the job's own address, for a reload")
                .matches(".*/surveys/\\d+/unggah/[0-9a-f-]{36}");
        browser.scrollTo(By.id("survey-upload-progress"));
    }

    private static int percent(WebDriver driver) {
        return Integer.parseInt(driver.findElement(By.cssSelector("#survey-upload-progress progress"))
                .getDomProperty("value"));
    }

    private static void results(HeadlessChromium browser, int respondents) {
        browser.waitForText(By.tagName("main"), "Cara membaca angka-angka ini");
        browser.await().until(d -> !d.findElements(By.cssSelector("#chart-0 canvas")).isEmpty());
        String text = browser.text();
        assertThat(text).contains("Survei netralitas ASN uji")
                .contains("Jumlah responden: " + String.format("%,d", respondents).replace(',', '.'))
                .contains("Penyebab ketidaknetralan").contains("Ikatan persaudaraan").contains("Karier")
                .contains("Pilihan ganda: satu responden boleh memilih beberapa jawaban")
                .contains("Yang memengaruhi").contains("Atasan")
                .contains("ASN harus netral").contains("Skor rata-rata")
                .contains("tanpa bobot, strata atau klaster");
        browser.assertNoSidewaysScroll("sideways scrolling");
    }

    /**
     * A KoboToolbox export (semicolons, group paths, select_multiple both as codes and as 1/0 columns, metadata, a
     * name and a telephone column) of the XLSForm's questions; with {@code wrongRows}, three rows are wrong.
     */
    static String koboExport(int rows, long seed, boolean wrongRows) {
        Random random = new Random(seed);
        String[] influences = {"atasan", "keluarga", "kolega", "tidak_ada"};
        String[] likert = {"sts", "ts", "n", "s", "ss"};
        StringBuilder out = new StringBuilder("_uuid;start;end;identitas/nama;identitas/telepon;kelompok/c;"
                + "kelompok/c/kin;kelompok/c/career;kelompok/c/pressure;kelompok/infl;kelompok/netral;kelompok/usia\n");
        for (int i = 1; i <= rows; i++) {
            boolean kin = random.nextDouble() < 0.51;
            boolean career = random.nextDouble() < 0.50;
            boolean pressure = random.nextDouble() < 0.08;
            List<String> codes = new ArrayList<>();
            if (kin) {
                codes.add("kin");
            }
            if (career) {
                codes.add("career");
            }
            if (pressure) {
                codes.add("pressure");
            }
            double u = random.nextDouble();
            String influence = influences[u < 0.35 ? 0 : u < 0.55 ? 1 : u < 0.85 ? 2 : 3];
            String age = String.valueOf(24 + random.nextInt(34));
            String flagKin = kin ? "1" : "0";
            if (wrongRows && i == 7) {
                influence = "bos";
            }
            if (wrongRows && i == 120) {
                age = "tiga puluh";
            }
            if (wrongRows && i == 5_000) {
                flagKin = "mungkin";
            }
            out.append("uuid-").append(seed).append('-').append(i).append(";2024-10-01T08:00:00;2024-10-01T08:09:00;")
                    .append("Responden ").append(i).append(";0812").append(1_000_000 + i).append(';')
                    .append(String.join(" ", codes)).append(';').append(flagKin).append(';')
                    .append(career ? 1 : 0).append(';').append(pressure ? 1 : 0).append(';').append(influence)
                    .append(';').append(likert[Math.min(4, (int) Math.floor(random.nextDouble() * 5))]).append(';')
                    .append(age).append('\n');
        }
        return out.toString();
    }

}

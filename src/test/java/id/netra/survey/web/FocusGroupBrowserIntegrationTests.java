// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.SurveyStore;
import id.netra.survey.notes.FocusGroupNotes;
import id.netra.survey.notes.NoteInput;
import id.netra.survey.notes.Theme;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The focus-group page as an analyst uses it, on a desktop (1280) and a phone (390): the theme-by-group chart is
 * drawn, a count opens the notes behind it, and a note is added by picking its region from the list. Screenshots land
 * in {@code target/screenshots/survey-fgd-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class FocusGroupBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired SurveyStore surveys;
    @Autowired FocusGroupNotes notes;
    @Autowired JsonMapper json;

    @Test
    void countsLeadToTheirNotesAndANoteIsAddedWithTheRegionPicker() throws Exception {
        long id = surveys.create(json.readValue(SurveyApiIntegrationTests.INSTRUMENT, Instrument.class), "analis",
                false);
        Map<String, Long> themes = notes.codebook().stream().filter(t -> !t.retired())
                .collect(Collectors.toMap(Theme::label, Theme::id));
        long kin = themes.get("Kekerabatan");
        long boss = themes.get("Patronase dan tekanan atasan");
        long sanctions = themes.get("Sanksi tidak menimbulkan efek jera");
        notes.add(id, new NoteInput("36.01", "pejabat administrator", "2021-10-14",
                "Promosi jabatan dikaitkan dengan kedekatan keluarga dengan calon petahana.", List.of(kin, boss)),
                "analis");
        notes.add(id, new NoteInput("36.01", "guru", "2021-10-14",
                "Kepala sekolah diminta mengumpulkan guru untuk acara calon.", List.of(boss)), "analis");
        notes.add(id, new NoteInput("73", "pejabat administrator", "2021-10-21",
                "Sanksi dianggap ringan dan lama dijatuhkan.", List.of(sanctions)), "analis");

        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/?lang=id");
            browser.signIn("analyst", TestUsers.demoPassword());
            for (var size : List.of(HeadlessChromium.DESKTOP, HeadlessChromium.PHONE)) {
                browser.resize(size);
                browser.get("/surveys/" + id + "/fgd");
                browser.waitForText(By.tagName("main"), "Seberapa sering tiap tema muncul per kelompok");
                browser.await().until(d -> !d.findElements(By.cssSelector("#fgd-chart canvas")).isEmpty());
                Object height = ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.querySelector('#fgd-chart').clientHeight");
                assertThat(((Number) height).longValue()).isGreaterThan(200);
                assertThat(browser.text()).contains("Kabupaten Pandeglang").contains("Sulawesi Selatan")
                        .contains("Patronase dan tekanan atasan").contains("Kekerabatan")
                        .doesNotContain("36.01").doesNotContain("MULTI");
                browser.screenshot("survey-fgd-" + size.getWidth());
                browser.scrollTo(By.cssSelector("table"));
                browser.screenshot("survey-fgd-table-" + size.getWidth());
                browser.scrollTo(By.id("fgd-chart"));
                browser.screenshot("survey-fgd-chart-" + size.getWidth());
                browser.scrollTo(By.id("buku-kode"));
                browser.screenshot("survey-fgd-codebook-" + size.getWidth());
                browser.assertNoSidewaysScroll("sideways scroll at " + size.getWidth() + " px");
            }

            browser.resize(HeadlessChromium.DESKTOP);
            browser.get("/surveys/" + id + "/fgd");
            browser.find(By.cssSelector("a[href*='theme=" + boss + "'][href*='role=guru']")).click();
            browser.waitForText(By.id("catatan"), "Catatan bertema Patronase dan tekanan atasan");
            assertThat(browser.find(By.id("catatan")).getText()).contains("Kepala sekolah diminta")
                    .doesNotContain("Promosi jabatan");
            browser.scrollTo(By.id("catatan"));
            browser.screenshot("survey-fgd-cell-1280");

            browser.get("/surveys/" + id + "/fgd");
            new Select(browser.find(By.name("regionCode"))).selectByVisibleText("Kota Serang");
            browser.find(By.name("participantRole")).sendKeys("lurah");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('input[name=heldOn]').value = '2021-11-02'");
            browser.find(By.name("text")).sendKeys("Lurah diarahkan camat untuk mendata pemilih.");
            browser.find(By.cssSelector("input[name=themeIds][value='" + boss + "']")).click();
            browser.scrollTo(By.id("tambah"));
            browser.screenshot("survey-fgd-form-1280");
            browser.find(By.cssSelector("#tambah button[type=submit]")).click();
            browser.waitForText(By.tagName("main"), "Catatan disimpan.");
            assertThat(browser.text()).contains("Kota Serang").contains("lurah")
                    .contains("Lurah diarahkan camat untuk mendata pemilih.");
        }
        assertThat(notes.notes(id, null, "36.73", "lurah")).hasSize(1);
    }
}

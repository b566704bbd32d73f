// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.Axe;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.TestUsers;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, a handler's day, with the demo users in their own browsers and axe-core on every page: a reporter
 * reports; {@code bawaslu-officer} finds the case by typing the place's name, reads the report on the case page and
 * forwards it with a reason; {@code satgas-verifier} picks the agency by its name and recommends; {@code ppk-officer}
 * decides; the reporter reads where the report stands. The queue and the status page are also checked on a phone.
 * Screenshots land in {@code target/screenshots/handler-day-*.png}. Labels are matched loosely, so that rewording a
 * button does not break the walk.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class HandlerDayJourneyIntegrationTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @LocalServerPort
    int port;

    @TempDir
    Path profiles;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Axe axe = new Axe();

    @Test
    void reportFoundByPlaceForwardedRecommendedByAgencyNameDecided_andTheReporterSeesTheOutcome() throws Exception {
        String civilServant = "Camat Hari Kerja " + UUID.randomUUID().toString().substring(0, 8);
        String place = "Lapangan Desa Cikoneng " + UUID.randomUUID().toString().substring(0, 4);

        // 1. the reporter: the form page, then the report itself through the public API the form posts to
        String receipt;
        try (HeadlessChromium reporter = HeadlessChromium.open(port, profiles.resolve("reporter"))) {
            reporter.get("/lapor?lang=id");
            reporter.screenshot("handler-day-1-report-form");
            axe.check(reporter, "/lapor");
            receipt = report(civilServant, place);
        }
        long caseId = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> findCase(civilServant), id -> id > 0);

        // 2. Bawaslu: lands on its work, finds the case by typing the place, reads the report, forwards
        try (HeadlessChromium bawaslu = signedIn("bawaslu-officer")) {
            bawaslu.waitForText(By.id("netra-work"), "");
            bawaslu.screenshot("handler-day-2-start");
            axe.check(bawaslu, "/ (signed in)");

            bawaslu.get("/cases?queue=ALL&sort=number,desc");
            WebElement region = bawaslu.find(By.cssSelector("input[name=region]"));
            region.sendKeys("Pandeg");
            // the picker offers the name as the officer types
            bawaslu.await().withMessage("the region picker offers Kabupaten Pandeglang").until(driver ->
                    !driver.findElements(By.cssSelector("datalist option[value='Kabupaten Pandeglang']")).isEmpty());
            region.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Kabupaten Pandeglang");
            bawaslu.find(By.cssSelector("input[name=q]")).sendKeys(civilServant);
            bawaslu.find(By.cssSelector("form.netra-queue-filter button[type=submit]")).click();
            bawaslu.await().until(driver -> driver.getCurrentUrl().contains("region=Kabupaten"));
            WebElement row = bawaslu.find(By.xpath("//tbody/tr[td[contains(., '" + civilServant + "')]]"));
            assertThat(row.getText()).contains("Kabupaten Pandeglang").doesNotContain("PEMKAB-36.01");
            bawaslu.screenshot("handler-day-3-queue-found-by-place");
            axe.check(bawaslu, "/cases (found by place)");

            row.findElement(By.cssSelector("a[href*='/cases/']")).click();
            bawaslu.waitForText(By.tagName("main"), civilServant);
            String story = bawaslu.find(By.cssSelector(".netra-story")).getText();
            assertThat(story).contains(place, "mengajak warga", "masa kampanye", "Cara melapor");
            assertThat(bawaslu.find(By.cssSelector("#case-body hgroup")).getText())
                    .contains("Kabupaten Pandeglang").doesNotContain("36.01");
            bawaslu.scrollTo(By.cssSelector(".netra-story"));
            bawaslu.screenshot("handler-day-4-case-reads-the-report");
            axe.check(bawaslu, "/cases/{id} (received)");
            act(bawaslu, "forward", Map.of("reason", "Memenuhi syarat formal dan materiel."));
            bawaslu.screenshot("handler-day-5-forwarded");

            // the queue on a phone: state and deadline visible without scrolling sideways
            bawaslu.resize(HeadlessChromium.PHONE);
            bawaslu.get("/cases?queue=ALL&sort=number,desc&q=" + civilServant.replace(" ", "+"));
            bawaslu.waitForText(By.tagName("tbody"), civilServant);
            bawaslu.assertNoSidewaysScroll("sideways scroll on a phone");
            bawaslu.screenshot("handler-day-6-queue-phone");
            axe.check(bawaslu, "/cases (phone)");
        }

        // 3. the verifier picks the agency by its name and recommends
        try (HeadlessChromium satgas = signedIn("satgas-verifier")) {
            satgas.get("/cases/" + caseId);
            satgas.waitForText(By.tagName("main"), civilServant);
            act(satgas, "verify", Map.of("agencyCode", "Pemerintah Kabupaten Pandeglang"));
            act(satgas, "recommend", Map.of("violationCode", "DS-2", "reason", "Terbukti dari foto dan saksi."));
            satgas.screenshot("handler-day-7-recommended");
            axe.check(satgas, "/cases/{id} (recommended)");
        }

        // 4. the PPK decides
        try (HeadlessChromium ppk = signedIn("ppk-officer")) {
            ppk.get("/cases/" + caseId);
            ppk.waitForText(By.tagName("main"), civilServant);
            axe.check(ppk, "/cases/{id} (PPK)");
            String today = LocalDate.now(clock.withZone(WIB)).toString();
            act(ppk, "decide", Map.of("decreeNumber", "800/77/BKPSDM/2026", "decreeDate", today,
                    "sanctionCode", "PP94-2021/BERAT-1", "reason", "Terbukti; sanksi sesuai pemetaan katalog."));
            ppk.screenshot("handler-day-8-decided");
        }

        // 5. the reporter reads where the report stands, on a phone
        try (HeadlessChromium reporter = HeadlessChromium.open(port, profiles.resolve("reporter-again"))) {
            reporter.resize(HeadlessChromium.PHONE);
            reporter.get("/lapor/status?lang=id");
            reporter.find(By.id("receipt")).sendKeys("0000 0000 0000 0000");
            reporter.find(By.cssSelector("form button[type=submit]")).click();
            reporter.waitForText(By.tagName("main"), "");
            assertThat(reporter.find(By.id("receipt")).getAttribute("value")).as("a wrong receipt stays typed")
                    .isEqualTo("0000 0000 0000 0000");
            WebElement field = reporter.find(By.id("receipt"));
            field.clear();
            field.sendKeys(receipt);
            reporter.find(By.cssSelector("form button[type=submit]")).click();
            reporter.waitForText(By.cssSelector(".netra-timeline"), "Diterima");
            String page = reporter.find(By.tagName("main")).getText();
            assertThat(page).doesNotContain("satgas-verifier", "ppk-officer", "bawaslu-officer");
            assertThat(reporter.find(By.cssSelector(".netra-timeline li.current")).getText())
                    .as("the report has moved on").doesNotContain("Diterima");
            // the PPK decided a heavy sanction: the reporter reads that, in words, and nothing of who decided it
            assertThat(reporter.find(By.id("outcome")).getText()).contains("Sanksi dijatuhkan (tingkat berat)")
                    .doesNotContain("800/77/BKPSDM/2026", "HEAVY");
            reporter.screenshot("handler-day-9-status-phone");
            axe.check(reporter, "/lapor/status (phone)");
        }

        assertThat(axe.checkedPages()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(axe.failures()).as("serious or critical accessibility violations").isEmpty();
    }

    private String report(String civilServant, String place) throws Exception {
        String body = """
                {"electionCode":"PILKADA-2024","regionCode":"36.01",
                 "reportedPersons":[{"name":"%s","agencyName":"Pemerintah Kabupaten Pandeglang",
                                     "positionClass":"PELAKSANA","positionTitle":"Camat"}],
                 "violationCode":"DS-2","occurredOn":"2024-10-02","place":"%s",
                 "description":"Camat mengajak warga memilih pasangan calon saat acara desa.",
                 "reporter":{"mode":"ANONYMOUS"}}""".formatted(civilServant, place);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(api("/api/v1/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("receipt").asString();
    }

    private long findCase(String civilServant) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        api("/api/v1/cases?state=RECEIVED&region=36.01&sort=id,desc&q="
                                + URLEncoder.encode(civilServant, StandardCharsets.UTF_8)))
                .header("Authorization", basic("bawaslu-officer")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        for (JsonNode item : json.readTree(page.body()).get("items")) {
            if (civilServant.equals(item.get("personName").asString())) {
                return item.get("id").asLong();
            }
        }
        return 0;
    }

    /** From 127.0.0.3, a loopback address no other test posts from, so the public rate limit is this test's own. */
    private URI api(String path) {
        return URI.create("http://127.0.0.3:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.demoPassword())
                .getBytes(StandardCharsets.UTF_8));
    }

    private HeadlessChromium signedIn(String user) {
        HeadlessChromium browser = HeadlessChromium.open(port, profiles.resolve(user));
        browser.get("/?lang=id");
        browser.signIn(user, TestUsers.demoPassword());
        return browser;
    }

    /** Opens the action's form, fills it, submits it and waits until the case body was replaced without refusal. */
    private static void act(HeadlessChromium browser, String action, Map<String, String> fields) {
        String form = "form[action$='/actions/" + action + "']";
        browser.find(By.cssSelector("details:has(> " + form + ") > summary")).click();
        fields.forEach((name, value) -> {
            WebElement input = browser.find(By.cssSelector(form + " [name='" + name + "']"));
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
            } else if ("date".equals(input.getAttribute("type"))) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                        value);
            } else {
                input.sendKeys(value);
            }
        });
        WebElement before = browser.find(By.id("case-body"));
        boolean confirms = browser.find(By.cssSelector(form)).getAttribute("hx-confirm") != null;
        browser.find(By.cssSelector(form + " button[type=submit]")).click();
        if (confirms) {
            // a terminal or escalating action asks first, naming the person and the consequence
            var alert = browser.await().until(ExpectedConditions.alertIsPresent());
            assertThat(alert.getText()).as("the confirmation of %s", action).isNotBlank();
            alert.accept();
        }
        browser.await().until(ExpectedConditions.stalenessOf(before));
        browser.waitForText(By.cssSelector("#case-body p[role=status], #case-body p[role=alert]"), "");
        assertThat(browser.find(By.cssSelector("#case-body")).findElements(By.cssSelector("p[role=alert]")))
                .as("no refusal after %s", action).isEmpty();
    }
}

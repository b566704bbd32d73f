// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
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
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 4 "tried as a new user would", with the demo users in their own browsers: a public report names a civil
 * servant of Pemkab Pandeglang; {@code bawaslu-officer} forwards the case, {@code satgas-verifier} verifies and
 * recommends (the recommendation letter is issued), {@code ppk-officer} sees it waiting on the scorecard, records the
 * decree and sees the agency's sanctioned count go up; the letter behind the case page's link is a real PDF that
 * names the case. Screenshots land in {@code target/screenshots/journey-case-*.png}.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class CaseWorkflowJourneyIntegrationTests {

    private static final String AGENCY = "PEMKAB-36.01";
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

    @Test
    void forwardedRecommendedAndDecided_showsOnTheScorecard_andTheLetterOpens() throws Exception {
        String civilServant = "Journey Lurah " + UUID.randomUUID().toString().substring(0, 8);
        long caseId = caseOfNewReportNaming(civilServant);

        try (HeadlessChromium bawaslu = signedIn("bawaslu-officer")) {
            bawaslu.get("/cases/" + caseId);
            bawaslu.waitForText(By.tagName("main"), civilServant);
            assertThat(state(bawaslu)).isEqualTo("Diterima");
            assertThat(actionLabels(bawaslu)).contains("Teruskan ke BKN", "Hentikan")
                    .doesNotContain("Rekomendasikan sanksi", "Catat keputusan PPK");
            bawaslu.screenshot("journey-case-1-received");
            act(bawaslu, "forward", Map.of("reason", "Memenuhi syarat formal dan materiel."));
            assertThat(state(bawaslu)).isEqualTo("Diteruskan");
            assertThat(timeline(bawaslu)).contains("Teruskan ke BKN", "bawaslu-officer");
            bawaslu.screenshot("journey-case-2-forwarded");
        }

        String letterUrl;
        try (HeadlessChromium satgas = signedIn("satgas-verifier")) {
            satgas.get("/cases/" + caseId);
            satgas.waitForText(By.tagName("main"), civilServant);
            act(satgas, "verify", Map.of("agencyCode", AGENCY));
            assertThat(state(satgas)).isEqualTo("Dalam verifikasi");
            act(satgas, "recommend", Map.of("violationCode", "DS-2", "reason", "Terbukti dari tangkapan layar."));
            assertThat(state(satgas)).isEqualTo("Direkomendasikan");
            // the violation form by its name (its code is the tooltip), then the level the catalogue maps it to
            assertThat(satgas.find(By.tagName("main")).getText()).as("the proposed sanction from the catalogue")
                    .containsPattern("Pelanggaran: Melakukan sosialisasi[^\\n]* \\((ringan|sedang|berat)\\)");
            assertThat(satgas.find(By.cssSelector("main [title='DS-2']")).getText()).startsWith("Melakukan sosialisasi");
            WebElement letter = satgas.find(By.cssSelector("a[href*='/letters/'][href$='.pdf']"));
            assertThat(letter.getText()).contains("/" + LocalDate.now(clock.withZone(WIB)).getYear());
            letterUrl = letter.getAttribute("href");
            satgas.scrollTo(By.cssSelector("a[href*='/letters/']"));
            satgas.screenshot("journey-case-3-recommended");
        }

        try (HeadlessChromium ppk = signedIn("ppk-officer")) {
            ppk.get("/cases/compliance?groupBy=agency");
            Map<String, Integer> before = scorecardRow(ppk);
            assertThat(before.get("waiting")).isPositive();
            ppk.screenshot("journey-case-4-scorecard-before");

            ppk.get("/cases/" + caseId);
            ppk.waitForText(By.tagName("main"), civilServant);
            assertThat(actionLabels(ppk)).contains("Catat keputusan PPK").doesNotContain("Teruskan ke BKN");
            String number = ppk.find(By.tagName("h1")).getText();
            String today = LocalDate.now(clock.withZone(WIB)).toString();
            act(ppk, "decide", Map.of("decreeNumber", "800/123/BKPSDM/" + number, "decreeDate", today,
                    "sanctionCode", "PP94-2021/BERAT-1", "reason", "Terbukti; sanksi sesuai pemetaan katalog."));
            assertThat(state(ppk)).isEqualTo("Dijatuhi sanksi");
            // the decided sanction by its name, its catalogue code as the tooltip
            assertThat(ppk.find(By.tagName("main")).getText())
                    .contains("Keputusan PPK: Penurunan jabatan setingkat lebih rendah", "800/123/BKPSDM/")
                    .doesNotContain("Lebih ringan dari katalog");
            assertThat(ppk.find(By.cssSelector("main [title='PP94-2021/BERAT-1']")).getText())
                    .startsWith("Penurunan jabatan");
            ppk.screenshot("journey-case-5-sanctioned");

            ppk.get("/cases/compliance?groupBy=agency");
            Map<String, Integer> after = scorecardRow(ppk);
            assertThat(after.get("sanctioned")).isEqualTo(before.get("sanctioned") + 1);
            assertThat(after.get("recommended")).isEqualTo(before.get("recommended"));
            assertThat(after.get("waiting")).isEqualTo(before.get("waiting") - 1);
            ppk.screenshot("journey-case-6-scorecard-after");

            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(letterUrl))
                    .header("Cookie", cookies(ppk)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
            PdfReader reader = new PdfReader(pdf.body());
            try {
                String text = new PdfTextExtractor(reader).getTextFromPage(1);
                assertThat(text).contains(number, civilServant);
            } finally {
                reader.close();
            }
        }
    }

    /** The setup a reporter would do on /lapor, through the public API; the case opens asynchronously. */
    private long caseOfNewReportNaming(String civilServant) throws Exception {
        String body = """
                {"electionCode":"PILKADA-2024","regionCode":"36.01",
                 "reportedPersons":[{"name":"%s","agencyCode":"%s","agencyName":"Pemerintah Kabupaten Pandeglang",
                                     "positionClass":"PELAKSANA","positionTitle":"Lurah"}],
                 "violationCode":"DS-2","occurredOn":"2024-10-02",
                 "description":"Lurah mengunggah ajakan memilih pasangan calon di akun media sosialnya.",
                 "reporter":{"mode":"ANONYMOUS"}}""".formatted(civilServant, AGENCY);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(api("/api/v1/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> findCase(civilServant), id -> id > 0);
    }

    private long findCase(String civilServant) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                        api("/api/v1/cases?state=RECEIVED&region=36.01&agency=" + AGENCY + "&sort=id,desc&q="
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

    /**
     * Posts from 127.0.0.2, a loopback address no other test uses, so this journey never shares the per-client
     * submission rate limit with tests that post many reports from 127.0.0.1.
     */
    private URI api(String path) {
        return URI.create("http://127.0.0.2:" + port + path);
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

    /** Opens the action's form (a details element), fills it, submits it through htmx and waits for the notice. */
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
        // htmx swaps the whole case body: once the old one is gone, the page shows the outcome
        browser.await().until(ExpectedConditions.stalenessOf(before));
        browser.waitForText(By.cssSelector("#case-body p[role=status], #case-body p[role=alert]"), "");
        assertThat(browser.find(By.cssSelector("#case-body")).findElements(By.cssSelector("p[role=alert]")))
                .as("no refusal after %s", action).isEmpty();
        WebElement notice = browser.find(By.cssSelector("#case-body p[role=status]"));
        assertThat(notice.getText()).contains("berhasil dicatat");
        // the form sat far down the page; the outcome at the top must come into view, not stay above the fold
        browser.await().withMessage("the notice after " + action + " scrolled into view").until(driver ->
                (Boolean) ((JavascriptExecutor) driver).executeScript("var r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;", notice));
    }

    private static String state(HeadlessChromium browser) {
        return browser.find(By.cssSelector("#case-body hgroup mark")).getText();
    }

    private static String actionLabels(HeadlessChromium browser) {
        return browser.driver().findElements(By.cssSelector("#case-body details > summary")).stream()
                .map(WebElement::getText).collect(Collectors.joining(" | "));
    }

    private static String timeline(HeadlessChromium browser) {
        return browser.find(By.xpath("//h2[contains(., 'Riwayat')]/following-sibling::div//tbody")).getText();
    }

    /** The agency's figures, by the column names of compliance.html. */
    private static Map<String, Integer> scorecardRow(HeadlessChromium browser) {
        WebElement row = browser.find(By.xpath("//tbody/tr[td[1][contains(., '" + AGENCY + "')]]"));
        var cells = row.findElements(By.tagName("td"));
        return Map.of("recommended", Integer.parseInt(cells.get(1).getText()),
                "sanctioned", Integer.parseInt(cells.get(2).getText()),
                "waiting", Integer.parseInt(cells.get(9).getText()));
    }

    private static String cookies(HeadlessChromium browser) {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }
}

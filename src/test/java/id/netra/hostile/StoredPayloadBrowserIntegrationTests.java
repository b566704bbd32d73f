// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.netra.intake.support.Reports;
import id.netra.testing.HeadlessChromium;
import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.UnhandledAlertException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, item 6: markup stored through the API never runs in a handler's or a reporter's browser. Payloads go in
 * through the public report API and a handler's message; the pages that show them are then opened in Chromium, and
 * a payload that ran would have set a marker on the window or raised an alert.
 */
@NetraIntegrationTest
@EnabledIf("id.netra.testing.HeadlessChromium#installed")
class StoredPayloadBrowserIntegrationTests {

    private static final String MARK = "window.__netraXss=1";
    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=\"" + MARK + ";alert(1)\">",
            "<script>" + MARK + ";alert(2)</script>",
            "\"><svg onload=\"" + MARK + "\">",
            "'><iframe srcdoc=\"<script>parent." + MARK + "</script>\">",
            "<a href=\"javascript:" + MARK + "\" id=\"xss-link\">klik</a>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path profile;

    @Test
    void payloadsStoredThroughTheApi_neverRunOnThePagesThatShowThem() throws Exception {
        String all = String.join(" ", PAYLOADS);
        Map<String, Object> body = Reports.minimalAnonymous();
        body.put("description", "Camat berkampanye di balai desa. " + all);
        body.put("place", PAYLOADS.get(0));
        Reports.firstPerson(body).put("name", PAYLOADS.get(1) + " Ahmad");
        JsonNode submitted = Reports.JSON.readTree(post("/api/v1/reports", Reports.json(body), null));
        String reportId = submitted.get("reportId").asString();
        String receipt = submitted.get("receipt").asString();
        post("/api/v1/reports/" + reportId + "/messages",
                Reports.json(Map.of("text", "Balasan petugas: " + all, "internal", false)), "satgas-verifier");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from cases.case_file where report_id = :id").param("id", UUID.fromString(reportId))
                .query(Long.class).single() > 0);
        long caseId = jdbc.sql("select id from cases.case_file where report_id = :id order by id limit 1")
                .param("id", UUID.fromString(reportId)).query(Long.class).single();

        List<String> ran = new ArrayList<>();
        try (HeadlessChromium browser = HeadlessChromium.open(port, profile)) {
            browser.get("/lapor/status");
            browser.find(By.id("receipt")).sendKeys(receipt);
            browser.find(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForText(By.tagName("main"), "Balasan petugas");
            check(browser, "reporter's status page", ran);

            browser.signIn("satgas-verifier", TestUsers.demoPassword());
            for (String page : List.of("/intake/reports?regionCode=36.01", "/intake/reports/" + reportId,
                    "/cases", "/cases/" + caseId)) {
                browser.get(page);
                check(browser, page, ran);
            }
            browser.get("/intake/reports/" + reportId);
            assertThat(browser.text()).contains("<img src=x onerror=", "<script>");
        }

        assertThat(ran).isEmpty();
    }

    /** An alert left open, or the marker set, means a payload ran. */
    private static void check(HeadlessChromium browser, String page, List<String> ran) {
        try {
            Object marker = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                    ? js.executeScript("return window.__netraXss === undefined ? 0 : 1") : 0;
            if (((Number) marker).intValue() != 0) {
                ran.add(page + ": the marker was set");
            }
        } catch (UnhandledAlertException e) {
            ran.add(page + ": an alert was raised");
            browser.driver().switchTo().alert().dismiss();
        }
    }

    private String post(String path, String json, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestUsers.demoPassword()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }
}

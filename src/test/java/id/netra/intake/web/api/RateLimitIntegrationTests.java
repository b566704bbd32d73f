// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.support.PublicApi;
import id.netra.intake.support.Reports;
import id.netra.testing.ProductionLimitsIntegrationTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** Its own context: the only tests that run with the low limits a real deployment has. */
@ProductionLimitsIntegrationTest
class RateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /**
     * Issue 8, finding 10: the limit used to be checked after the whole multipart body had been read. A client over
     * its limit announces 100 MB, sends 64 KB and waits: the answer must come without the rest.
     */
    @Test
    void clientOverItsLimit_isAnsweredBeforeItsUploadIsRead() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports/status"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"receipt\":\"000000000000000" + i + "\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports/evidence HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=netra\r\nContent-Length: 104857600\r\n\r\n"
                    + "--netra\r\nContent-Disposition: form-data; name=\"files\"; filename=\"besar.mp4\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 429");
        }
    }

    @Test
    void thirdSubmissionFromOneAddress_getsTooManyRequestsWithRetryAfter() throws Exception {
        PublicApi flooder = new PublicApi(mvc, "203.0.113.10");
        flooder.submitMinimal();
        flooder.submitMinimal();

        mvc.perform(flooder.postJson("/api/v1/reports", Reports.minimalAnonymous()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Terlalu banyak permintaan")));

        new PublicApi(mvc, "203.0.113.11").submitMinimal();
    }

    /** The forms get the public error page, rendered by the filter because the dispatcher is never reached. */
    @Test
    void receiptGuessingThroughTheForm_getsThePageInIndonesian() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/lapor/status").param("receipt", "000000000000000" + i).with(csrf())
                    .with(request -> {
                        request.setRemoteAddr("203.0.113.30");
                        return request;
                    }));
        }

        mvc.perform(post("/lapor/status").param("receipt", "0000000000000009").with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.30");
                            return request;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("Terlalu banyak permintaan dari alamat Anda")));
    }

    @Test
    void receiptGuessing_isCutOffAfterTheLimit() throws Exception {
        PublicApi guesser = new PublicApi(mvc, "203.0.113.20");
        for (int i = 0; i < 3; i++) {
            mvc.perform(guesser.postJson("/api/v1/reports/status", Map.of("receipt", "000000000000000" + i)))
                    .andExpect(status().isNotFound());
        }

        mvc.perform(guesser.postJson("/api/v1/reports/status", Map.of("receipt", "0000000000000009")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }
}

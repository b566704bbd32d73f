// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.support.PublicApi;
import id.netra.intake.support.Reports;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Its own context: the only tests that run with the low limits a real deployment has. */
@SpringBootTest(properties = {
    "netra.intake.rate-limit.submissions=2", "netra.intake.rate-limit.submissions-period=10m",
    "netra.intake.rate-limit.receipt-lookups=3", "netra.intake.rate-limit.receipt-lookups-period=10m"})
@AutoConfigureMockMvc
class RateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

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

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.intake.IntakeIntegrationTest;
import id.netra.intake.ReportStatus;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.message.Message.Visibility;
import id.netra.intake.message.MessageThread;
import id.netra.intake.support.PublicApi;
import id.netra.intake.support.PublicApi.Submitted;
import java.time.Instant;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntakeIntegrationTest
class ReceiptApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageThread thread;

    @Autowired
    ReportRepository reports;

    @Autowired
    TransactionTemplate tx;

    PublicApi api;

    @BeforeEach
    void setUp() {
        api = new PublicApi(mvc);
    }

    @Test
    void receipt_showsStatusAndOnlyPublicMessages() throws Exception {
        Submitted report = api.submitMinimal();
        tx.executeWithoutResult(status -> {
            thread.fromHandler(report.reportId(), "bawaslu-officer", Visibility.PUBLIC,
                    "Terima kasih, laporan Anda sedang kami telaah.");
            thread.fromHandler(report.reportId(), "bawaslu-officer", Visibility.INTERNAL,
                    "Catatan internal: cek akun Facebook terlapor.");
        });

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", report.receipt())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.merged").value(false))
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].text").value("Terima kasih, laporan Anda sedang kami telaah."))
                .andExpect(jsonPath("$.messages[0].fromReporter").value(false))
                .andExpect(jsonPath("$..author").doesNotExist())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("internal", "Catatan", "bawaslu-officer"));
    }

    @Test
    void receiptWrittenWithSpaces_opensTheReport() throws Exception {
        Submitted report = api.submitMinimal();
        String grouped = report.receipt().replaceAll("(\\d{4})(?=\\d)", "$1 ");

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", grouped)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportId").value(report.reportId().toString()));
    }

    @Test
    void reply_joinsTheThreadAsTheReporter() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(api.postJson("/api/v1/reports/messages", Map.of("receipt", report.receipt(),
                        "text", "Saya punya foto tambahan dari acara tersebut.")))
                .andExpect(status().isCreated());

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", report.receipt())))
                .andExpect(jsonPath("$.messages[0].fromReporter").value(true))
                .andExpect(jsonPath("$.messages[0].text").value("Saya punya foto tambahan dari acara tersebut."));
        assertThat(thread.fullThread(report.reportId())).singleElement()
                .satisfies(message -> assertThat(message.author()).isEqualTo("pelapor"));
    }

    @Test
    void wrongOrMalformedReceipt_isNotFound() throws Exception {
        for (String receipt : new String[] {"0000000000000000", "abc", "1234-5678"}) {
            mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", receipt)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Nomor tanda terima tidak dikenal")));
        }
    }

    @Test
    void missingReceipt_isMalformed() throws Exception {
        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receipt"));
    }

    @Test
    void statusByGetWithReceiptInUrl_isNotOffered() throws Exception {
        Submitted report = api.submitMinimal();

        mvc.perform(get("/api/v1/reports/status").param("receipt", report.receipt()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void mergedReport_showsTheStatusOfTheReportItWasMergedInto() throws Exception {
        Submitted main = api.submitMinimal();
        Submitted duplicate = api.submitMinimal();
        tx.executeWithoutResult(status -> {
            Report target = reports.findById(main.reportId()).orElseThrow();
            reports.findById(duplicate.reportId()).orElseThrow().mergeInto(target, Instant.now());
            target.moveTo(ReportStatus.FORWARDED, Instant.now());
        });

        mvc.perform(api.postJson("/api/v1/reports/status", Map.of("receipt", duplicate.receipt())))
                .andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.merged").value(true))
                .andExpect(jsonPath("$.reportId").value(duplicate.reportId().toString()));
    }
}

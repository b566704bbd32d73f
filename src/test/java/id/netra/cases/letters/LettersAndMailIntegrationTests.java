// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.netra.shared.AuditEvent;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.RecordingAuditTrail;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CasesIntegrationTest
class LettersAndMailIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    GreenMail greenMail;
    @Autowired
    RecordingAuditTrail audit;

    @Test
    void recommendation_producesANumberedPdfLetterHashedInTheAuditTrailAndMailedToThePpk() throws Exception {
        clock.setDay(LocalDate.of(2024, 10, 15));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        long next = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());

        String details = body(id, PPK_PANDEGLANG);
        String number = JsonPath.read(details, "$.letters[0].number");
        String sha256 = JsonPath.read(details, "$.letters[0].sha256");
        String caseNumber = JsonPath.read(details, "$.number");
        assertThat(number).as("after the handover BKN recommends").matches("B-\\d{4}/BKN/2024");
        assertThat(sha256).matches("[0-9a-f]{64}");
        String nextNumber = JsonPath.read(body(next, ADMIN), "$.letters[0].number");
        assertThat(sequenceOf(nextNumber)).as("numbers run on per office and year").isEqualTo(sequenceOf(number) + 1);

        MvcResult pdf = mvc.perform(get("/api/v1/cases/{id}/letters/1.pdf", id).with(as(PPK_PANDEGLANG)))
                .andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        String text = textOf(bytes);
        assertThat(text).contains(caseNumber, number, "Rekomendasi Penjatuhan Sanksi", "hukuman disiplin berat");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(sha256);
        assertThat(audit.eventsAbout(id)).filteredOn(e -> e.action().equals("case.letter-issued"))
                .extracting(AuditEvent::details).singleElement().asString().contains(sha256, number);

        MimeMessage mail = awaitMail("perkara " + caseNumber);
        assertThat(recipients(mail)).containsExactly("ppk.pandeglang@netra.test");
        assertThat(GreenMailUtil.getBody(mail)).contains(number.replace('/', '-') + ".pdf");
    }

    @Test
    void overdueKasnEraCase_mailsBknAndThePpk_andBknIssuesTheReprimand() throws Exception {
        clock.setDay(LocalDate.of(2023, 8, 2));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());
        LocalDate due = LocalDate.parse(JsonPath.read(body(id, ADMIN), "$.deadline"));
        clock.setDay(due.plusDays(2));
        mvc.perform(post("/api/v1/admin/deadline-sweep").param("asOf", due.plusDays(1).toString()).with(as(ADMIN))
                .with(csrf()));

        MimeMessage overdue = awaitMail("Batas waktu tindak lanjut PPK terlewati – perkara " + numberOf(id));
        assertThat(recipients(overdue)).containsExactlyInAnyOrder("ppk.pandeglang@netra.test",
                "petugas.bkn@netra.test");

        mvc.perform(post("/api/v1/cases/{id}/actions/reprimand", id).with(as(BKN)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        String details = body(id, ADMIN);
        List<String> numbers = JsonPath.read(details, "$.letters[*].number");
        assertThat(numbers).hasSize(2);
        assertThat(numbers.get(0)).as("KASN recommended before the handover").matches("B-\\d{4}/KASN/2023");
        assertThat(numbers.get(1)).matches("B-\\d{4}/BKN/2023");
        String reprimand = textOf(mvc.perform(get("/api/v1/cases/{id}/letters/2.pdf", id).with(as(BKN)))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(reprimand).contains("Teguran", numbers.get(0), JsonPath.<String>read(details, "$.number"));
        assertThat(recipients(awaitMail("Teguran BKN – perkara " + numberOf(id)))).containsExactly("ppk.pandeglang@netra.test");
    }

    @Test
    void letters_areHiddenFromAnalystsForeignPpksAndMissingNumbers() throws Exception {
        clock.setDay(LocalDate.of(2023, 8, 3));
        long id = cases.caseIn(CaseState.RECOMMENDED, "36.01", "PEMKAB-36.01", clock.instant());

        assertThat(status(id, 1, ANALYST)).isEqualTo(404);
        assertThat(status(id, 1, PPK_TANGERANG)).isEqualTo(404);
        assertThat(status(id, 2, PPK_PANDEGLANG)).isEqualTo(404);
        assertThat(status(id, 1, SUPERVISOR_BANTEN)).isEqualTo(200);
        assertThat(JsonPath.<List<?>>read(body(id, ANALYST), "$.letters")).isEmpty();
    }

    private int status(long id, int letter, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}/letters/{n}.pdf", id, letter).with(as(user))).andReturn()
                .getResponse().getStatus();
    }

    /** The case number as pages and letters print it (NTR-2023-000042): mail subjects carry it, not the id. */
    private String numberOf(long id) throws Exception {
        return JsonPath.read(body(id, ADMIN), "$.number");
    }

    private MimeMessage awaitMail(String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subjectOf(m).contains(subjectPart)).findFirst().orElse(null), m -> m != null);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static List<String> recipients(MimeMessage message) throws Exception {
        return Arrays.stream(message.getAllRecipients()).map(Address::toString).distinct().toList();
    }

    private static int sequenceOf(String letterNumber) {
        return Integer.parseInt(letterNumber.substring(2, 6));
    }

    private static String textOf(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private String body(long id, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(user))).andReturn().getResponse()
                .getContentAsString();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.intake.domain.Channel;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportDraft;
import id.netra.intake.domain.ReportRepository;
import id.netra.intake.domain.ReporterMode;
import id.netra.intake.receipt.PreparedReceipt;
import id.netra.intake.receipt.Receipt;
import id.netra.intake.receipt.ReceiptStore;
import id.netra.intake.reporter.ReporterIdentity;
import id.netra.intake.reporter.ReporterIdentityStore;
import id.netra.reference.PositionClass;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntakeIntegrationTest
class IntakePersistenceIntegrationTests {

    @Autowired
    ReportRepository reports;

    @Autowired
    ReceiptStore receipts;

    @Autowired
    ReporterIdentityStore identities;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private Report saved(String name) {
        ReportDraft draft = new ReportDraft(Channel.PUBLIC_API, "PILKADA-2024", "36.01", null,
                LocalDate.of(2024, 10, 1), "Pandeglang", "Kepala dinas memasang baliho calon bupati " + name,
                ReporterMode.CONFIDENTIAL, List.of(new ReportDraft.Person(name, "198501012010011001", "PEMKAB-36.01",
                        "Pemkab Pandeglang", PositionClass.ADMINISTRATOR, "Kepala Bidang")),
                List.of("https://www.instagram.com/p/abc"), null, null);
        return tx.execute(status -> reports.save(Report.submit(draft, Instant.now(), "anonymous")));
    }

    @Test
    void savedReport_readsBackWithPersonsAndLinks() {
        Report report = saved("Drs. Ahmad Sobari " + UUID.randomUUID());

        Report loaded = tx.execute(status -> {
            Report found = reports.findById(report.id()).orElseThrow();
            found.persons().forEach(person -> person.name());
            found.links().size();
            return found;
        });

        assertThat(loaded.persons()).singleElement().satisfies(person -> {
            assertThat(person.nip()).isEqualTo("198501012010011001");
            assertThat(person.normalisedName()).startsWith("ahmad sobari ");
            assertThat(person.positionClass()).isEqualTo(PositionClass.ADMINISTRATOR);
        });
        assertThat(loaded.links()).containsExactly("https://www.instagram.com/p/abc");
        assertThat(loaded.violationCode()).isNull();
    }

    @Test
    void issuedReceipt_findsItsReportAndIsNotStoredInClear() {
        Report report = saved("Budi " + UUID.randomUUID());

        PreparedReceipt prepared = receipts.prepare();
        tx.executeWithoutResult(status -> receipts.save(report.id(), prepared));
        Receipt receipt = prepared.receipt();

        assertThat(receipts.reportFor(receipt)).contains(report.id());
        String row = jdbc.sql("select lookup_tag || ' ' || hash from intake.receipt where report_id = :id")
                .param("id", report.id()).query(String.class).single();
        assertThat(row).doesNotContain(receipt.digits());
        Receipt wrong = Receipt.parse(String.format("%016d", (Long.parseLong(receipt.digits()) + 1) % 10_000_000_000_000_000L))
                .orElseThrow();
        assertThat(receipts.reportFor(wrong)).isEmpty();
    }

    @Test
    void keptIdentity_isCiphertextAtRest() {
        Report report = saved("Citra " + UUID.randomUUID());
        String nik = "3601014101900001";

        tx.executeWithoutResult(status -> identities.keep(report.id(),
                new ReporterIdentity("Siti Aminah Rahasia", nik, "081299990000", "siti.rahasia@example.org")));

        byte[] raw = jdbc.sql("select ciphertext from intake.reporter_identity where report_id = :id")
                .param("id", report.id()).query(byte[].class).single();
        String asText = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("Siti", nik, "081299990000", "siti.rahasia");
        String wholeRow = jdbc.sql("select r::text from intake.reporter_identity r where report_id = :id")
                .param("id", report.id()).query(String.class).single();
        assertThat(wholeRow).doesNotContain("Siti", nik, "0812", "rahasia");
        assertThat(identities.isKept(report.id())).isTrue();
    }
}

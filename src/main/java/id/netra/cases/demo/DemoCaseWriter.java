// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

import id.netra.cases.application.CaseChangeRecorder;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.HolderType;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.SanctionDecision;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.shared.TimeConfiguration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Walks one demo case through the same aggregate methods, timeline, audit trail and letters as real work, but with
 * back-dated steps so that the demo has running, due-soon and overdue clocks on first start.
 */
final class DemoCaseWriter {

    private final CaseRepository cases;
    private final CaseChangeRecorder recorder;
    private final DeadlineSchedule schedule;
    private final ViolationCatalogue violations;
    private final SanctionCatalogue sanctions;
    private Case current;

    DemoCaseWriter(CaseRepository cases, CaseChangeRecorder recorder, DeadlineSchedule schedule,
            ViolationCatalogue violations, SanctionCatalogue sanctions) {
        this.cases = cases;
        this.recorder = recorder;
        this.schedule = schedule;
        this.violations = violations;
        this.sanctions = sanctions;
    }

    /**
     * Takes the demo report's case of this person, freshly opened by {@link id.netra.cases.application.CaseOpening}.
     *
     * @return {@code false} when it was walked on an earlier start (or someone acted on it since)
     */
    boolean take(UUID reportId, UUID personId) {
        current = cases.findByReportId(reportId).stream()
                .filter(c -> c.person().personId().equals(personId))
                .findFirst().orElseThrow(() -> new IllegalStateException("no case for demo report " + reportId));
        return current.state() == CaseState.RECEIVED && current.transitions().size() == 1;
    }

    /** The day the case was opened (the demo report's back-dated arrival). */
    LocalDate opened() {
        return current.openedAt().atZone(TimeConfiguration.WIB).toLocalDate();
    }

    void forward(LocalDate on, HolderType examiner) {
        current.forward(step("bawaslu-officer", on, "Kajian awal: memenuhi syarat formal dan material."), examiner,
                schedule);
        save();
    }

    void verify(LocalDate on) {
        current.verify(step("satgas-verifier", on, "Identitas terlapor dicocokkan dengan data kepegawaian."));
        save();
    }

    void recommend(LocalDate on, String actor) {
        SanctionLevel level = violations.find(current.violationCode()).map(ViolationForm::mappedLevel)
                .orElse(SanctionLevel.HEAVY);
        current.recommend(step(actor, on, "Pelanggaran terbukti berdasarkan bukti unggahan dan klarifikasi."),
                current.violationCode(), level, schedule);
        save();
    }

    void markOverdue() {
        LocalDate late = current.deadline().due().plusDays(1);
        current.markOverdue(step(Step.SYSTEM, late, "Batas waktu tindak lanjut PPK " + current.deadline().due()
                + " terlewati; dieskalasi otomatis oleh penyisiran batas waktu."), late);
        save();
    }

    void reprimand(LocalDate on) {
        current.reprimand(step("bkn-officer", on, "PPK belum menindaklanjuti rekomendasi."), schedule);
        save();
    }

    /** The sweep finds the block due the day after the reprimand's days; a BKN officer records it {@code on}. */
    void block(LocalDate on) {
        LocalDate due = current.deadline().due().plusDays(1);
        current.queueBlock(step(Step.SYSTEM, due, "Batas waktu kepatuhan atas teguran " + current.deadline().due()
                + " terlewati; pemblokiran data SIASN menunggu keputusan petugas BKN."), due);
        save();
        String siasn = "BLOKIR-SIASN/" + on.getYear() + "/" + (7000 + current.id()) + " (SINTETIS)";
        current.block(new Step("bkn-officer", at(on), "Teguran tidak ditindaklanjuti dalam 3 hari.",
                java.util.List.of(siasn)), siasn);
        save();
    }

    void decide(LocalDate on, String sanctionCode, String justification) {
        Sanction sanction = sanctions.find(sanctionCode).orElseThrow();
        boolean lighter = current.proposedLevel() != null && sanction.level().compareTo(current.proposedLevel()) < 0;
        String decree = "800/" + (100 + current.id()) + "/BKPSDM/" + on.getYear();
        current.decide(new Step("ppk-officer", at(on), "Keputusan PPK dicatat.", java.util.List.of(decree)),
                new SanctionDecision(sanction.code(), sanction.level(), decree, on, lighter,
                        lighter ? justification : null));
        save();
    }

    void notProven(LocalDate on) {
        current.notProven(step("satgas-verifier", on, "Foto yang dilaporkan diambil sebelum masa kampanye dan "
                + "tidak menunjukkan dukungan."));
        save();
    }

    void stop(LocalDate on) {
        current.stop(step("bawaslu-officer", on, "Pelapor tidak melengkapi syarat material dalam batas waktu."),
                id.netra.cases.domain.OutcomeReason.REQUIREMENTS_NOT_MET);
        save();
    }

    private void save() {
        current = cases.saveAndFlush(current);
        recorder.recordLatest(current);
    }

    private static Step step(String actor, LocalDate on, String reason) {
        return Step.of(actor, at(on), reason);
    }

    private static java.time.Instant at(LocalDate on) {
        return on.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.WIB).toInstant();
    }
}

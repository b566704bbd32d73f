// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.demo;

import id.netra.cases.application.CaseChangeRecorder;
import id.netra.cases.application.CaseOpening;
import id.netra.cases.application.KasnHandover;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.HolderType;
import id.netra.cases.persistence.CaseRepository;
import id.netra.cases.reporting.ReportStatusSync;
import id.netra.intake.IntakeReports;
import id.netra.intake.IntakeReports.SourcedReport;
import id.netra.intake.ReportReceived;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.WorkingDayCalendar;
import id.netra.shared.TimeConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the cases of intake's demo reports (source system {@value #INTAKE_DEMO_SOURCE}, read through intake's public
 * {@link IntakeReports#fromSource} like any client) to varied states so that every demo user's queues
 * have work on first start: received, forwarded, under verification, recommended (one due soon), overdue,
 * reprimanded, data-blocked, sanctioned (once lighter than the catalogue, with a justification), not proven,
 * stopped, and two from the KASN era that the 2024 handover moves to BKN. Dates are relative to today.
 *
 * <p>Hand-off with intake: intake's after-commit {@code ReportReceivedListener} opens the cases asynchronously; this
 * loader opens them too, through the same idempotent {@link CaseOpening#openFor}, which serialises both on a lock of
 * the report, so whichever comes second opens nothing and nobody waits or fails; {@link CaseOpening#openDemo} then
 * labels every case of the report as demo data, since intake's event does not say which reports are demo data. A
 * case is walked only while it still stands freshly opened, so a restart adds nothing. Only with
 * {@code netra.demo.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "netra.demo.enabled", havingValue = "true")
class CaseDemoData {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    /** The source system under which intake's demo loader writes its reports; the story key is the external id. */
    static final String INTAKE_DEMO_SOURCE = "NETRA_DEMO";

    private final IntakeReports reports;
    private final CaseOpening opening;
    private final CaseRepository cases;
    private final DemoCaseWriter writer;
    private final ReportStatusSync statusSync;
    private final KasnHandover handover;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseDemoData(IntakeReports reports, CaseOpening opening, CaseRepository cases, CaseChangeRecorder recorder,
            DeadlineSchedule schedule, ViolationCatalogue violations, SanctionCatalogue sanctions,
            ReportStatusSync statusSync, KasnHandover handover, WorkingDayCalendar calendar,
            PlatformTransactionManager transactions, Clock clock) {
        this.reports = reports;
        this.opening = opening;
        this.cases = cases;
        this.writer = new DemoCaseWriter(cases, recorder, schedule, violations, sanctions);
        this.statusSync = statusSync;
        this.handover = handover;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** After intake's demo loader, which runs first and writes the reports this reads. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void load() {
        warnAboutEarlierDemoCases();
        Map<String, Consumer<DemoCaseWriter>> walks = walks(LocalDate.now(clock.withZone(TimeConfiguration.WIB)));
        int walked = 0;
        for (SourcedReport demo : reports.fromSource(INTAKE_DEMO_SOURCE)) {
            ReportReceived report = demo.report();
            opening.openDemo(report);
            for (int i = 0; i < report.persons().size(); i++) {
                Consumer<DemoCaseWriter> walk = walks.get(demo.externalId() + "/" + (i + 1));
                UUID personId = report.persons().get(i).personId();
                if (walk != null && Boolean.TRUE.equals(tx.execute(status -> walkIfFresh(report, personId, walk)))) {
                    walked++;
                }
            }
            statusSync.catchUp(report.reportId(), "system");
        }
        if (walked > 0) {
            tx.executeWithoutResult(status -> handover.handOver("admin"));
        }
        log.info("Demo cases: {} synthetic case(s) walked through the workflow", walked);
    }

    private boolean walkIfFresh(ReportReceived report, UUID personId, Consumer<DemoCaseWriter> walk) {
        if (!writer.take(report.reportId(), personId)) {
            return false;
        }
        walk.accept(writer);
        return true;
    }

    /** Keyed by demo report and the person's place in it ({@code D04/2}); the cases not listed stay RECEIVED. */
    private Map<String, Consumer<DemoCaseWriter>> walks(LocalDate today) {
        return Map.ofEntries(
                // D04 names three: Bawaslu stops one, forwards two, one of which is already recommended
                Map.entry("D04/1", w -> walkToRecommended(w, today, 3)),
                Map.entry("D04/2", w -> w.forward(wd(today, 2), HolderType.BKN)),
                Map.entry("D04/3", w -> w.stop(wd(today, 3))),
                Map.entry("D05/1", w -> {
                    w.forward(after(w.opened(), 1), HolderType.BKN);
                    w.verify(wd(today, 3));
                }),
                Map.entry("D07/1", w -> walkToRecommended(w, today, 13)),
                Map.entry("D08/1", w -> {
                    walkToRecommended(w, today, 22);
                    w.markOverdue();
                }),
                Map.entry("D09/1", w -> {
                    walkToRecommended(w, today, 24);
                    w.markOverdue();
                    w.reprimand(today.minusDays(1));
                }),
                Map.entry("D10/1", w -> {
                    walkToRecommended(w, today, 36);
                    w.markOverdue();
                    w.reprimand(today.minusDays(12));
                    w.block(today.minusDays(7));
                }),
                Map.entry("D11/1", w -> {
                    walkToRecommended(w, today, 18);
                    w.decide(wd(today, 8), "PP94-2021/BERAT-1", null);
                }),
                Map.entry("D12/1", w -> {
                    walkToRecommended(w, today, 16);
                    w.decide(wd(today, 5), "PP94-2021/RINGAN-2", "Pelanggaran pertama; komentar dihapus dalam "
                            + "satu jam dan yang bersangkutan menyatakan penyesalan secara tertulis.");
                }),
                Map.entry("D13/1", w -> {
                    w.forward(after(w.opened(), 1), HolderType.BKN);
                    w.verify(after(w.opened(), 2));
                    w.notProven(wd(today, 4));
                }),
                // the KASN era: forwarded to (and one recommended by) KASN before the 2024 handover
                Map.entry("D15/1", w -> {
                    w.forward(LocalDate.of(2024, 2, 7), HolderType.KASN);
                    w.verify(LocalDate.of(2024, 2, 12));
                    w.recommend(LocalDate.of(2024, 3, 4), "kasn");
                    w.markOverdue();
                }),
                Map.entry("D16/1", w -> w.forward(LocalDate.of(2024, 8, 28), HolderType.KASN)),
                Map.entry("D17/1", w -> walkToRecommended(w, today, 6)),
                Map.entry("D18/1", w -> {
                    walkToRecommended(w, today, 26);
                    w.decide(wd(today, 20), "PP94-2021/BERAT-1", null);
                }));
    }

    /** Forwarded the working day after it arrived, verified the next, recommended {@code recommendedAgo} ago. */
    private void walkToRecommended(DemoCaseWriter w, LocalDate today, int recommendedAgo) {
        w.forward(after(w.opened(), 1), HolderType.BKN);
        w.verify(after(w.opened(), 2));
        w.recommend(wd(today, recommendedAgo), "satgas-verifier");
    }

    /**
     * Demo cases written by Netra before the demo reports went through intake had invented report ids. They are left
     * as they were (the timeline is append-only, and nothing in them is real); starting afresh means deleting ./data.
     */
    private void warnAboutEarlierDemoCases() {
        long earlier = IntStream.rangeClosed(1, 19)
                .mapToObj(n -> UUID.nameUUIDFromBytes(("netra-demo-report-%02d".formatted(n))
                        .getBytes(StandardCharsets.UTF_8)))
                .mapToLong(reportId -> cases.findByReportId(reportId).size())
                .sum();
        if (earlier > 0) {
            log.warn("{} demo case(s) from an earlier Netra version have no intake report behind them; they are "
                    + "left as they were. Delete ./data to start the demo afresh.", earlier);
        }
    }

    private LocalDate after(LocalDate day, int n) {
        return calendar.addWorkingDays(day, n);
    }

    /** The working day {@code n} working days before {@code today} ({@code today} itself for 0). */
    private LocalDate wd(LocalDate today, int n) {
        LocalDate day = today;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}

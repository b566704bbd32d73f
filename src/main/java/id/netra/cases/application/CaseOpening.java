// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.policy.RoutePolicy;
import id.netra.shared.TimeConfiguration;
import java.time.LocalDate;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.NewCase;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import id.netra.intake.ReportReceived;
import id.netra.reference.ViolationCategories;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one case per reported person of a report, in state RECEIVED. Idempotent on (report id, person id): a
 * redelivered event, or a report opened again by the demo data, opens nothing new. Two openings of the same report
 * at the same time (the after-commit listener and the demo data, or a publication republished on restart while the
 * first delivery still runs) queue on a transaction-scoped advisory lock of the report, so the second finds the
 * first one's cases instead of failing on the unique constraint.
 */
@Service
public class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final CaseRepository cases;
    private final DeadlineSchedule schedule;
    private final CaseChangeRecorder recorder;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RoutePolicy routes;
    private final ViolationCategories categories;

    CaseOpening(CaseRepository cases, DeadlineSchedule schedule, CaseChangeRecorder recorder, JdbcClient jdbc,
            Clock clock, ViolationCategories categories, RoutePolicy routes) {
        this.categories = categories;
        this.routes = routes;
        this.cases = cases;
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** @return the ids of the cases opened now (empty when all existed already) */
    @Transactional
    public List<Long> openFor(ReportReceived report) {
        lockReport(report.reportId());
        return open(report, report.channel());
    }

    /**
     * Opens a demo report's cases as {@link #openFor} does and labels every case of the report as demo data, also
     * those that the after-commit listener opened first: letters say so and nobody outside Netra is notified.
     *
     * @return the ids of the cases opened now (empty when all existed already)
     */
    @Transactional
    public List<Long> openDemo(ReportReceived report) {
        lockReport(report.reportId());
        List<Long> opened = open(report, Case.SYNTHETIC_CHANNEL);
        cases.findByReportId(report.reportId()).stream().filter(c -> !c.synthetic()).forEach(Case::labelSynthetic);
        return opened;
    }

    private List<Long> open(ReportReceived report, String channel) {
        List<Long> opened = new ArrayList<>();
        for (ReportReceived.ReportedPerson named : report.persons()) {
            if (cases.existsForPerson(report.reportId(), named.personId())) {
                continue;
            }
            ReportedPerson person = new ReportedPerson(named.personId(), named.name(), named.nip(),
                    named.agencyCode(), named.agencyName(), named.positionClass(), named.positionTitle());
            // the first clock starts when the report arrived, not when this listener happened to run
            var received = report.receivedAt() != null ? report.receivedAt() : clock.instant();
            // by channel and the day it came in: SBT reports of the BKN era go to the Satgas first
            NewCase opening = new NewCase(report.reportId(), report.electionCode(), report.regionCode(),
                    report.violationCode(), report.occurredOn(), channel, person,
                    routes.routeFor(report.channel(), LocalDate.ofInstant(received, TimeConfiguration.WIB)));
            Case newCase = Case.open(opening, Step.of(Step.SYSTEM, received, null), schedule);
            // counted in exactly one category from the start; the verifier may choose another the form allows
            if (report.violationCode() != null) {
                categories.defaultFor(report.violationCode()).ifPresent(
                        category -> newCase.categorise(category.code(), Step.of(Step.SYSTEM, received, null)));
            }
            Case caseFile = cases.saveAndFlush(newCase);
            recorder.recordLatest(caseFile);
            opened.add(caseFile.id());
        }
        if (!opened.isEmpty()) {
            log.info("Report {} opened {} case(s) of {} reported person(s)", report.reportId(), opened.size(),
                    report.persons().size());
        }
        return opened;
    }

    /** Held until this transaction ends; released by commit or rollback. */
    private void lockReport(UUID reportId) {
        long key = reportId.getMostSignificantBits() ^ reportId.getLeastSignificantBits();
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked").param("key", key)
                .query(Integer.class).single();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.NewCase;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import id.netra.intake.ReportReceived;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens one case per reported person of a report, in state RECEIVED. Idempotent on (report id, person id): a
 * redelivered event, or a report opened again by the demo data, opens nothing new.
 */
@Service
public class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final CaseRepository cases;
    private final DeadlineSchedule schedule;
    private final CaseChangeRecorder recorder;
    private final Clock clock;

    CaseOpening(CaseRepository cases, DeadlineSchedule schedule, CaseChangeRecorder recorder, Clock clock) {
        this.cases = cases;
        this.schedule = schedule;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** @return the ids of the cases opened now (empty when all existed already) */
    @Transactional
    public List<Long> openFor(ReportReceived report) {
        List<Long> opened = new ArrayList<>();
        for (ReportReceived.ReportedPerson named : report.persons()) {
            if (cases.existsForPerson(report.reportId(), named.personId())) {
                continue;
            }
            ReportedPerson person = new ReportedPerson(named.personId(), named.name(), named.nip(),
                    named.agencyCode(), named.agencyName(), named.positionClass(), named.positionTitle());
            NewCase opening = new NewCase(report.reportId(), report.electionCode(), report.regionCode(),
                    report.violationCode(), report.occurredOn(), report.channel(), person);
            // the Bawaslu clock starts when the report arrived, not when this listener happened to run
            var received = report.receivedAt() != null ? report.receivedAt() : clock.instant();
            Case caseFile = cases.saveAndFlush(Case.open(opening, Step.of(Step.SYSTEM, received, null), schedule));
            recorder.recordLatest(caseFile);
            opened.add(caseFile.id());
        }
        log.info("Report {} opened {} case(s) of {} reported person(s)", report.reportId(), opened.size(),
                report.persons().size());
        return opened;
    }
}

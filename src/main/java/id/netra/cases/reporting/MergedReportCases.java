// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.reporting;

import id.netra.cases.application.CaseChangeRecorder;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseAction;
import id.netra.cases.domain.CaseLifecycle;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.Step;
import id.netra.cases.persistence.CaseRepository;
import id.netra.intake.ReportMerged;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When intake merges a report into another about the same event, each still-cancellable case of the merged report
 * whose person also has a case under the main report is cancelled, pointing to the main report. A person named only
 * in the merged report keeps their case: merging reports must not drop anyone.
 */
@Component
class MergedReportCases {

    private static final Logger log = LoggerFactory.getLogger(MergedReportCases.class);

    private final CaseRepository cases;
    private final CaseChangeRecorder recorder;

    MergedReportCases(CaseRepository cases, CaseChangeRecorder recorder) {
        this.cases = cases;
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(ReportMerged merged) {
        List<Case> main = cases.findByReportId(merged.mergedInto());
        for (Case duplicate : cases.findByReportId(merged.reportId())) {
            boolean sameMatter = main.stream().anyMatch(kept -> samePerson(kept.person(), duplicate.person()));
            if (!sameMatter || !CaseLifecycle.allows(CaseAction.CANCEL, duplicate.state())) {
                log.info("Case {} of merged report {} stays open ({})", duplicate.id(), merged.reportId(),
                        sameMatter ? duplicate.state() : "person not in the main report");
                continue;
            }
            duplicate.cancel(Step.of(merged.actor(), merged.mergedAt(), "Laporan digabungkan ke laporan "
                    + merged.mergedInto() + "; perkara ditangani di bawah laporan tersebut."), OutcomeReason.DUPLICATE);
            cases.saveAndFlush(duplicate);
            recorder.recordLatest(duplicate);
        }
    }

    static boolean samePerson(ReportedPerson a, ReportedPerson b) {
        if (a.nip() != null && b.nip() != null) {
            return a.nip().equals(b.nip());
        }
        return normalised(a.name()).equals(normalised(b.name())) && Objects.equals(a.agencyCode(), b.agencyCode());
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

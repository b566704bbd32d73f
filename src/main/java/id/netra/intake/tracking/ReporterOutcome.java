// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

import id.netra.intake.ReportOutcome;
import id.netra.intake.domain.Report;
import id.netra.intake.domain.ReportRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outcome a reporter reads at the end of the status page; a merged report shows its main report's. */
@Service
public class ReporterOutcome {

    private final ReportRepository reports;

    ReporterOutcome(ReportRepository reports) {
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public Optional<ReportOutcome> of(UUID reportId) {
        Optional<Report> current = reports.findById(reportId);
        for (int hops = 0; current.isPresent() && current.get().isMerged() && hops < 10; hops++) {
            current = reports.findById(current.get().mergedInto());
        }
        return current.flatMap(Report::outcome);
    }
}

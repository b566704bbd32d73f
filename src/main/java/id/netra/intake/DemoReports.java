// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import java.util.List;

/**
 * The synthetic demo reports, a bean only with {@code netra.demo.enabled=true}. Intake writes them through its real
 * submission path (receipts, sealed identities, evidence custody, duplicate detection, {@link ReportReceived}); the
 * cases module's demo reads them here to open and walk their cases through the workflow. No reporter identity.
 */
public interface DemoReports {

    /**
     * Writes the demo reports that an earlier start did not write (a restart adds nothing), then returns all of
     * them in story order.
     */
    List<DemoReport> ensureWritten();

    /**
     * @param key the story's stable key, e.g. {@code D04}
     * @param report the report as its {@link ReportReceived} event carried it (persons in the order named)
     */
    record DemoReport(String key, ReportReceived report) {
    }
}

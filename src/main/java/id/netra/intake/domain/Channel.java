// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

/** How a report came in; the names are carried as text in {@link id.netra.intake.ReportReceived#channel()}. */
public enum Channel {
    PUBLIC_WEB, PUBLIC_API, BAWASLU_FINDING, IMPORT;

    /** Only reports from the public get a receipt: findings and imports are followed up by their authors. */
    public boolean issuesReceipt() {
        return this == PUBLIC_WEB || this == PUBLIC_API;
    }
}

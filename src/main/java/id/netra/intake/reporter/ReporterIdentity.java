// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

/**
 * Who made a confidential or open report. Lives in clear only in memory, for as long as a request needs it; it is
 * sealed before it reaches the database, and {@link #toString()} prints nothing of it so that no log line can leak it.
 *
 * @param nik the 16-digit national identity number, or {@code null}
 */
public record ReporterIdentity(String name, String nik, String phone, String email) {

    @Override
    public String toString() {
        return "ReporterIdentity[redacted]";
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import java.util.regex.Pattern;

/**
 * The legal basis of a deadline as officers read it. The first release's rows (version 1) end their source with a
 * pointer into the project's internal research notes; the rows are append-only (a trigger refuses any edit), so the
 * pointer is dropped when read, leaving the regulation or procedure each sentence already names, and the uncertainty
 * marker becomes words.
 */
final class PolicySources {

    private static final Pattern INTERNAL_NOTE = Pattern.compile("\\s*DOMAIN\\.md[\\s§\\d.,]*");

    private PolicySources() {
    }

    static String forOfficers(String stored) {
        if (stored == null) {
            return null;
        }
        return INTERNAL_NOTE.matcher(stored).replaceAll(" ").replace("[TIDAK PASTI]", "(belum terverifikasi)")
                .strip();
    }
}

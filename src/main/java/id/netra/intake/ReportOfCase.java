// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import java.util.Optional;
import java.util.UUID;

/**
 * Which report a case came from, so that a handler can find a report in the report list by the case number people
 * quote ("NTR-2024-000012"). Declared here and answered by the cases module, which depends on intake: intake cannot
 * read cases without a dependency cycle. Without an implementation the search simply ignores case numbers.
 */
public interface ReportOfCase {

    /**
     * @param typed what the handler typed: a case number with or without its prefix ("NTR-2024-000012", "12")
     * @return the report the case was opened from; empty when the text is no case number or no such case exists
     */
    Optional<UUID> reportOf(String typed);
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cases module ({@code netra.cases.*}).
 *
 * @param kasnHandoverDate forwarding before this day goes to KASN, from it on to BKN (SE MenPANRB 4/2024)
 * @param pseudonymKey secret for the analysts' stable pseudonyms; set your own in production
 * @param dueSoonDays how many calendar days ahead the "due soon" queue looks
 */
@ConfigurationProperties("netra.cases")
public record CasesProperties(@DefaultValue("2024-09-04") LocalDate kasnHandoverDate,
        @DefaultValue("netra-dev-pseudonym-key-change-me") String pseudonymKey, @DefaultValue("3") int dueSoonDays) {
}

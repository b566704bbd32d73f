// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import java.time.Instant;

/** A survey as stored: its instrument, whether it is synthetic demo data, and how many respondents it holds. */
public record StoredSurvey(long id, Instrument instrument, boolean synthetic, Instant createdAt, String createdBy,
        int respondents) {
}

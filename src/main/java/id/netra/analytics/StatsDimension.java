// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

/** What a summary groups the counted cases by ({@code groupBy} of {@code GET /api/v1/stats/summary}). */
public enum StatsDimension {
    CATEGORY, VIOLATION, POSITION, PROVINCE, REGENCY, AGENCY, ELECTION, PHASE, SANCTION_LEVEL, OUTCOME
}

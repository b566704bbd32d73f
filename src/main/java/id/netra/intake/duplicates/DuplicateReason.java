// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

/** Why two reports look like the same event or the same person. */
public enum DuplicateReason {
    /** A reported person has the same NIP. */
    SAME_NIP,
    /** A reported person has the same normalised name and agency, in the same election. */
    SAME_PERSON,
    /** An evidence file has the same SHA-256 (as uploaded or as stored). */
    SAME_EVIDENCE,
    /** The descriptions are near-identical (pg_trgm similarity at or above the configured threshold). */
    SIMILAR_TEXT
}

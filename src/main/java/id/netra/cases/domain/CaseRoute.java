// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/**
 * The order in which a case passes its first two checks. Until BKN took over from KASN, and for Bawaslu's own
 * findings and every other channel, Bawaslu studies the report first and forwards the ASN aspect. From the BKN era a
 * report that enters through BKN's SBT goes to the Satgas's verification first (at most 7 days) and then to the
 * Bawaslu study (at most 3 working days), as in BKN's neutrality flow of October 2024.
 */
public enum CaseRoute {
    BAWASLU_FIRST,
    SATGAS_FIRST
}

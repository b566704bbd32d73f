// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** Who can hold a case file: the Bawaslu office, the examining authority (KASN until 2024, then BKN) or the PPK. */
public enum HolderType { BAWASLU, KASN, BKN, PPK }

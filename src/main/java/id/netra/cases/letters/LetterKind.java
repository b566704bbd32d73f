// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

/** The letters Netra writes: the sanction recommendation to the PPK, and BKN's reprimand when the PPK is late. */
public enum LetterKind { RECOMMENDATION, REPRIMAND }

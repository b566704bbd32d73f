// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

/** Question types of an instrument. Likert items are single choice with ordered levels. */
public enum QuestionKind {
    SINGLE, MULTI, LIKERT, NUMERIC, TEXT;

    public boolean categorical() {
        return this == SINGLE || this == LIKERT;
    }
}

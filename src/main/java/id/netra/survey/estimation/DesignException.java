// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/** A design or an estimate that cannot be computed, with a message an analyst can act on (Bahasa Indonesia). */
public class DesignException extends RuntimeException {

    public DesignException(String message) {
        super(message);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.List;

/**
 * A design or an estimate that cannot be computed, with a message an analyst can act on (Bahasa Indonesia). Refusals
 * the application explains in both languages also carry a message key of the survey bundle and its arguments, so the
 * API and the results page can say them as a named rejection.
 */
public class DesignException extends RuntimeException {

    /** Message key of the general refusal: its one argument is the engine's Indonesian message. */
    public static final String GENERAL = "survey.estimate.design-rejected";

    private final String messageKey;
    private final transient List<Object> args;

    public DesignException(String message) {
        super(message);
        this.messageKey = GENERAL;
        this.args = List.of(message);
    }

    private DesignException(String message, String messageKey, Object... args) {
        super(message);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    /**
     * Lonely PSUs under the "fail" policy: every stratum with a single PSU is named, since an analyst fixing the
     * design (or choosing another policy) needs all of them at once.
     */
    static DesignException lonelyPsu(List<String> strata) {
        String names = String.join(", ", strata);
        return new DesignException("Strata " + names + " hanya memiliki satu PSU, sehingga variansnya tidak dapat "
                + "dihitung. Pilih kebijakan PSU tunggal lain (hapus, sesuaikan, rata-rata, atau kepastian).",
                "survey.design.lonely-psu", names, strata.size());
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import id.netra.shared.Decision;
import java.util.List;

/**
 * A design or an estimate that the engine cannot compute, with a message an analyst can act on (Bahasa Indonesia). It
 * is the engine's failure, thrown from deep in the arithmetic where no policy runs; the survey module turns it into
 * the one way Netra says no, a {@link id.netra.shared.PolicyRejectedException} with its {@link #reason()}
 * ({@code SurveyAnalysis.rejected}), before it reaches the API or a page.
 */
public class DesignException extends RuntimeException {

    /** Message key of the general refusal: its one argument is the engine's Indonesian message. */
    public static final String GENERAL = "survey.estimate.design-rejected";

    private final transient Decision.Reason reason;

    public DesignException(String message) {
        super(message);
        this.reason = Decision.Reason.of(GENERAL, message);
    }

    private DesignException(String message, String messageKey, Object... args) {
        super(message);
        this.reason = Decision.Reason.of(messageKey, args);
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

    /** Why, as a reason of the survey bundle: the general refusal, or a named one such as lonely PSUs. */
    public Decision.Reason reason() {
        return reason;
    }
}

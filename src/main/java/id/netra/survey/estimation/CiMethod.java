// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Locale;

/** Confidence-interval methods: Wald with z or t, and the proportion methods of R's {@code svyciprop}. */
public enum CiMethod {
    /** estimate ± z·SE (R's {@code confint()} default). */
    WALD_Z(false),
    /** estimate ± t(df)·SE on the design degrees of freedom. */
    WALD_T(false),
    /** Wald on the log-odds of a quasi-binomial model (svyciprop's default). */
    LOGIT(true),
    /** Wald on the log-odds by the delta method (SUDAAN, SPSS Complex Samples). */
    XLOGIT(true),
    /** Korn–Graubard: Clopper–Pearson with the effective sample size. */
    BETA(true),
    /** Arcsine square root transform. */
    ASIN(true),
    /** Wald on the proportion with t(df). */
    MEAN(true),
    /** Profile likelihood of the quasi-binomial model, its deviance scaled by the design (Lumley–Scott). */
    LIKELIHOOD(true);

    private final boolean proportionOnly;

    CiMethod(boolean proportionOnly) {
        this.proportionOnly = proportionOnly;
    }

    /** Only meaningful for a proportion of a 0/1 variable. */
    public boolean proportionOnly() {
        return proportionOnly;
    }

    /** Reads "logit", "wald-t", "WALD_Z"…; null when unknown. */
    public static CiMethod parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

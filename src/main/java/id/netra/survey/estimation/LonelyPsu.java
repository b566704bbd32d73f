// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

/**
 * What to do with a stratum that has a single PSU, whose variance cannot be estimated: the choices of R's
 * {@code options(survey.lonely.psu=)}.
 */
public enum LonelyPsu {
    /** Refuse to estimate (R's default). */
    FAIL,
    /** The stratum contributes nothing to the variance. */
    REMOVE,
    /** Centre the lonely PSU at zero instead of its stratum mean: the grand mean for a mean's scores (conservative). */
    ADJUST,
    /** Give the stratum the average contribution of the other strata. */
    AVERAGE,
    /** The PSU was sampled with certainty, so it contributes nothing. */
    CERTAINTY
}

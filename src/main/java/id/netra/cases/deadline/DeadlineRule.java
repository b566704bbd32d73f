// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.RuleBasis;

/**
 * How long one stage may take under one policy version, with the legal or factual source of the figure and whether
 * that source is a statute, a published procedure or Netra's own default.
 */
public record DeadlineRule(DeadlineStage stage, int amount, DeadlineUnit unit, String source, RuleBasis basis) {

    public DeadlineRule {
        if (amount < 0) {
            throw new IllegalArgumentException("A deadline cannot be negative: " + amount);
        }
        basis = basis == null ? RuleBasis.DEFAULT : basis;
    }

    /** A figure with no stated basis: Netra's default. */
    public DeadlineRule(DeadlineStage stage, int amount, DeadlineUnit unit, String source) {
        this(stage, amount, unit, source, RuleBasis.DEFAULT);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;

/**
 * How long one stage may take under one policy version, with the legal or factual source of the figure.
 */
public record DeadlineRule(DeadlineStage stage, int amount, DeadlineUnit unit, String source) {

    public DeadlineRule {
        if (amount < 0) {
            throw new IllegalArgumentException("A deadline cannot be negative: " + amount);
        }
    }
}

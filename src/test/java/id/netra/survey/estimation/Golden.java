// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions at the golden tolerance: 1e-8 relative, or half a unit of the last digit R printed. */
final class Golden {

    static final double RELATIVE = 1e-8;

    private Golden() {
    }

    static void close(double actual, double expected) {
        double tolerance = Math.max(Math.abs(expected) * RELATIVE, 1e-300);
        assertThat(Math.abs(actual - expected)).as("%s vs R's %s", actual, expected).isLessThanOrEqualTo(tolerance);
    }

    /** For figures R printed with few digits: equal up to the printed precision. */
    static void printed(double actual, double expected, int decimals) {
        double tolerance = 0.5 * Math.pow(10, -decimals) * (1 + 1e-9);
        assertThat(Math.abs(actual - expected)).as("%s vs R's %s", actual, expected).isLessThanOrEqualTo(tolerance);
    }
}

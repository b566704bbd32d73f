// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.shared.Decision;
import java.time.LocalDate;

/**
 * A step may be recorded with the day it really happened, so that cases from 2019 to 2024 can be entered with their
 * history: that day is never in the future and never before the case's previous step, so the timeline stays in
 * order. Clocks, milestones and the supervising authority (KASN or BKN) follow that day, not the day of the click.
 */
public final class EffectiveDatePolicy {

    /**
     * @param requested the effective date asked for, {@code null} for today
     * @param previousStep the effective day of the case's latest step, {@code null} for a new case
     */
    public Decision check(LocalDate requested, LocalDate previousStep, LocalDate today) {
        if (requested == null) {
            return Decision.allow();
        }
        if (requested.isAfter(today)) {
            return Decision.reject("case.effective-on.in-future", requested);
        }
        if (previousStep != null && requested.isBefore(previousStep)) {
            return Decision.reject("case.effective-on.before-previous", requested, previousStep);
        }
        return Decision.allow();
    }
}

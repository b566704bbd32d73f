// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.ElectionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A policy version as administrators read it, with its status on the day it was read.
 *
 * @param electionType {@code null}: every election
 * @param backdateReason why the version was added after its start date, or {@code null}
 * @param withdrawal empty unless withdrawn before it started
 */
public record PolicyVersionView(int version, LocalDate validFrom, ElectionType electionType,
        PolicyVersionStatus status, List<DeadlineRule> stages, Instant createdAt, String createdBy,
        String backdateReason, PolicyVersion.Withdrawal withdrawal) {

    /** Only a version that has not started (and is not the last active one) may still be withdrawn. */
    public boolean withdrawable() {
        return status == PolicyVersionStatus.FUTURE;
    }
}

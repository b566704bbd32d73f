// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.ElectionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One stored version of the deadline policy with its history: who added it and, for a version withdrawn before it
 * started, who withdrew it, when and why. Rules are in stage order. {@code electionType} {@code null}: every
 * election; {@code backdateReason}: why an administrator added a version that started before the day it was added.
 */
public record PolicyVersion(int version, LocalDate validFrom, ElectionType electionType, List<DeadlineRule> rules,
        Instant createdAt, String createdBy, Withdrawal withdrawal, String backdateReason) {

    /** A version for every election, starting when it was added or later. */
    public PolicyVersion(int version, LocalDate validFrom, List<DeadlineRule> rules, Instant createdAt,
            String createdBy, Withdrawal withdrawal) {
        this(version, validFrom, null, rules, createdAt, createdBy, withdrawal, null);
    }

    /** A withdrawn version stays stored, so the history can be read, but never sets a deadline. */
    public record Withdrawal(Instant at, String by, String reason) {
    }

    public PolicyVersion {
        rules = rules.stream().sorted(Comparator.comparing(DeadlineRule::stage)).toList();
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    public DeadlinePolicy policy() {
        return DeadlinePolicy.of(version, validFrom, electionType, rules);
    }
}

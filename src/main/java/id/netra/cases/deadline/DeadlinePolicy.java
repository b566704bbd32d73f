// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.ElectionType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the deadline policy: from {@code validFrom} on, a clock started on that day uses these rules, for
 * cases of its election type ({@code null}: any election; a version for the case's own type takes precedence).
 * A version must cover every stage, so that a change of one figure is a new complete version beside the old one.
 */
public record DeadlinePolicy(int version, LocalDate validFrom, ElectionType electionType,
        Map<DeadlineStage, DeadlineRule> rules) {

    public DeadlinePolicy(int version, LocalDate validFrom, Map<DeadlineStage, DeadlineRule> rules) {
        this(version, validFrom, null, rules);
    }

    public DeadlinePolicy {
        rules = Map.copyOf(rules);
        for (DeadlineStage stage : DeadlineStage.values()) {
            if (!rules.containsKey(stage)) {
                throw new IllegalArgumentException("Deadline policy version " + version + " lacks stage " + stage);
            }
        }
    }

    public static DeadlinePolicy of(int version, LocalDate validFrom, List<DeadlineRule> rules) {
        return of(version, validFrom, null, rules);
    }

    public static DeadlinePolicy of(int version, LocalDate validFrom, ElectionType electionType,
            List<DeadlineRule> rules) {
        Map<DeadlineStage, DeadlineRule> byStage = new EnumMap<>(DeadlineStage.class);
        rules.forEach(rule -> byStage.put(rule.stage(), rule));
        return new DeadlinePolicy(version, validFrom, electionType, byStage);
    }

    /** Whether this version sets clocks for cases of that election type ({@code null} type: every election). */
    public boolean appliesTo(ElectionType type) {
        return electionType == null || electionType == type;
    }

    public DeadlineRule rule(DeadlineStage stage) {
        return rules.get(stage);
    }
}

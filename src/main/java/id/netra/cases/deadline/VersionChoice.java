// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.ElectionType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which version is in force for an election type on a day: among the versions for that type and those for every
 * election, the one with the latest start on or before the day; on the same start, the one for the type. Before
 * the first start the earliest applies, so that old cases entered later still get a clock.
 */
final class VersionChoice {

    private VersionChoice() {
    }

    static <V> Optional<V> inForce(List<V> versions, Function<V, DeadlinePolicy> policyOf, ElectionType type,
            LocalDate day) {
        List<V> applicable = versions.stream().filter(v -> policyOf.apply(v).appliesTo(type))
                .sorted(Comparator.comparing((V v) -> policyOf.apply(v).validFrom())
                        .thenComparing(v -> policyOf.apply(v).electionType() != null))
                .toList();
        if (applicable.isEmpty()) {
            return Optional.empty();
        }
        V found = applicable.get(0);
        for (V version : applicable) {
            if (!policyOf.apply(version).validFrom().isAfter(day)) {
                found = version;
            }
        }
        return Optional.of(found);
    }
}

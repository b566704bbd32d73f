// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.ElectionType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every stored version, withdrawn ones included, and what each one is on a given day. Only versions that were not
 * withdrawn take part in deciding which version is in force.
 */
public final class PolicyHistory {

    private final List<PolicyVersion> versions;

    public PolicyHistory(List<PolicyVersion> versions) {
        this.versions = versions.stream().sorted(Comparator.comparingInt(PolicyVersion::version)).toList();
    }

    /** All versions, by version number. */
    public List<PolicyVersion> versions() {
        return versions;
    }

    /** Versions not withdrawn, by start date. */
    public List<PolicyVersion> active() {
        return versions.stream().filter(v -> !v.withdrawn())
                .sorted(Comparator.comparing(PolicyVersion::validFrom)).toList();
    }

    public Optional<PolicyVersion> find(int version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    /**
     * The active version with the latest start on or before {@code day}; before the first start, the first version
     * (the same fallback as {@link PolicyDeadlineSchedule#inForceOn}).
     */
    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return inForceOn(null, day);
    }

    /** The active version for this election type in force on {@code day} (see {@code VersionChoice}). */
    public Optional<PolicyVersion> inForceOn(ElectionType type, LocalDate day) {
        return VersionChoice.inForce(active(), PolicyVersion::policy, type, day);
    }

    /**
     * In force: the version that sets the clocks of its own election type today (a version for every election is in
     * force while it sets them for at least one type).
     */
    public PolicyVersionStatus statusOn(PolicyVersion version, LocalDate day) {
        if (version.withdrawn()) {
            return PolicyVersionStatus.WITHDRAWN;
        }
        List<ElectionType> types = version.electionType() != null ? List.of(version.electionType())
                : java.util.Arrays.asList(ElectionType.values());
        boolean inForce = types.stream().anyMatch(type -> inForceOn(type, day)
                .filter(v -> v.version() == version.version()).isPresent());
        if (inForce) {
            return PolicyVersionStatus.IN_FORCE;
        }
        return version.validFrom().isAfter(day) ? PolicyVersionStatus.FUTURE : PolicyVersionStatus.SUPERSEDED;
    }

    /** The active version starting on {@code day}, if any: a second one would make the choice ambiguous. */
    public Optional<PolicyVersion> activeStartingOn(LocalDate day) {
        return activeStartingOn(null, day);
    }

    /** The active version for exactly this election type (or for every election) starting on {@code day}. */
    public Optional<PolicyVersion> activeStartingOn(ElectionType type, LocalDate day) {
        return active().stream().filter(v -> v.validFrom().equals(day) && v.electionType() == type).findFirst();
    }

    /** Version numbers are never reused, not even those of withdrawn versions. */
    public int nextVersionNumber() {
        return versions.stream().mapToInt(PolicyVersion::version).max().orElse(0) + 1;
    }
}

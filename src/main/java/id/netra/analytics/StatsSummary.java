// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import java.util.List;

/**
 * Counted cases and their groups. {@code share} is a fraction of {@code total} (0..1), not a percentage.
 */
public record StatsSummary(long total, List<Group> groups) {

    public StatsSummary {
        groups = List.copyOf(groups);
    }

    /** @param key the code ({@code 36.01}); @param label the name a person reads ({@code Kabupaten Pandeglang}) */
    public record Group(String key, String label, long count, double share) {
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

import java.util.List;

/**
 * How many notes of each group speak to each theme: {@code counts.get(t).get(g)} is the number of notes of
 * {@code groups.get(g)} coded with {@code themes.get(t)}.
 */
public record ThemeFrequency(List<Theme> themes, List<Group> groups, List<List<Integer>> counts) {

    /** A focus group: the region and the role of its participants. */
    public record Group(String regionCode, String regionName, String participantRole, int notes) {
    }
}

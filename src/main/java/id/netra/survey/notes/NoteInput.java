// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

import java.util.List;

/**
 * A focus-group note as the analyst writes it.
 *
 * @param regionCode the Kemendagri code of the group's province or regency, picked from the reference regions
 * @param participantRole who sat in the group, e.g. "pejabat administrator"
 * @param heldOn the date of the discussion, ISO (yyyy-MM-dd)
 * @param themeIds themes of the codebook the note speaks to
 */
public record NoteInput(String regionCode, String participantRole, String heldOn, String text, List<Long> themeIds) {

    public NoteInput {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}

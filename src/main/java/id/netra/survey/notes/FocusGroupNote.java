// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

import java.time.LocalDate;
import java.util.List;

/** A stored focus-group note with its group (region and participants' role) and the themes it was coded with. */
public record FocusGroupNote(long id, long surveyId, String regionCode, String regionName, String participantRole,
        LocalDate heldOn, String text, List<Theme> themes, String createdBy) {
}

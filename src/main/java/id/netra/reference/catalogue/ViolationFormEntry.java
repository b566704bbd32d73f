// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationForm;
import id.netra.reference.ViolationKind;

/** A catalogue form with its English text, the basis of its sanction mapping and its provenance. */
public record ViolationFormEntry(String code, ViolationKind kind, String description, String descriptionEn,
        SanctionLevel mappedLevel, String sanctionBasis, boolean levelUncertain, String levelNote, String source,
        String sourceVersion) {

    public ViolationForm toForm() {
        return new ViolationForm(code, kind, description, mappedLevel, levelUncertain);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.reference.PositionClass;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Satgas or BKN officer corrects about the reported person; {@code null} leaves a field as it is.
 *
 * @param areaHead a camat or lurah: the "kepala wilayah" bucket of the published statistics
 * @param actingRegionalHead an acting regional head (Pj), a civil servant appointed to lead a region
 */
public record PersonCorrection(PositionClass positionClass, PersonEmployment employment, Boolean areaHead,
        Boolean actingRegionalHead) {

    public boolean empty() {
        return positionClass == null && employment == null && areaHead == null && actingRegionalHead == null;
    }

    /** "field: before → after" for each field that changes, for the timeline. */
    List<String> changesFrom(ReportedPerson before) {
        List<String> changes = new ArrayList<>();
        if (positionClass != null && !positionClass.name().equals(before.positionClass())) {
            changes.add("kelas jabatan: " + before.positionClass() + " → " + positionClass.name());
        }
        if (employment != null && employment != before.employment()) {
            changes.add("status kepegawaian: " + before.employment() + " → " + employment);
        }
        if (areaHead != null && !areaHead.equals(before.areaHead())) {
            changes.add("kepala wilayah: " + before.areaHead() + " → " + areaHead);
        }
        if (actingRegionalHead != null && !actingRegionalHead.equals(before.actingRegionalHead())) {
            changes.add("penjabat kepala daerah: " + before.actingRegionalHead() + " → " + actingRegionalHead);
        }
        return changes;
    }
}

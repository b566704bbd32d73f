// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;

/** The statistical categories and their mapping to the SKB 2022 forms. */
public interface ViolationCategories {

    List<ViolationCategory> all();

    /** The categories a form is counted in. */
    List<ViolationCategory> containing(String formCode);

    /**
     * Where a case of this form is counted when nobody chose: the first category (in the published order) that
     * counts the form by a certain link, else the first that counts it at all.
     */
    default java.util.Optional<ViolationCategory> defaultFor(String formCode) {
        List<ViolationCategory> candidates = containing(formCode);
        return candidates.stream().filter(category -> category.certainlyCounts(formCode)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}

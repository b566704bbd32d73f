// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;

/** The statistical categories and their mapping to the SKB 2022 forms. */
public interface ViolationCategories {

    List<ViolationCategory> all();

    /** The categories a form is counted in. */
    List<ViolationCategory> containing(String formCode);
}

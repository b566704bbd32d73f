// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;

/**
 * A bucket used in published neutrality statistics (e.g. social-media campaigning) with the catalogue forms it
 * counts.
 */
public record ViolationCategory(String code, String name, String nameEn, List<String> formCodes) {

    public ViolationCategory {
        formCodes = List.copyOf(formCodes);
    }
}

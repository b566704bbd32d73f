// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;

/**
 * A bucket used in published neutrality statistics (e.g. social-media campaigning) with the catalogue forms it
 * counts.
 *
 * @param uncertainFormCodes forms counted here by a link flagged uncertain (no SKB form fits exactly)
 */
public record ViolationCategory(String code, String name, String nameEn, List<String> formCodes,
        List<String> uncertainFormCodes) {

    public ViolationCategory {
        formCodes = List.copyOf(formCodes);
        uncertainFormCodes = List.copyOf(uncertainFormCodes);
    }

    public ViolationCategory(String code, String name, String nameEn, List<String> formCodes) {
        this(code, name, nameEn, formCodes, List.of());
    }

    /** Whether the form belongs here by a link the catalogue does not flag as uncertain. */
    public boolean certainlyCounts(String formCode) {
        return formCodes.contains(formCode) && !uncertainFormCodes.contains(formCode);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * One form of the SKB 2022 catalogue (KE-1..KE-7, DS-1..DS-12) with the sanction level it maps to.
 *
 * @param mappedLevel the level the catalogue prescribes; a lighter decision needs a written justification
 * @param levelUncertain sources disagree on the level (DS-8): a lighter decision then needs no justification
 */
public record ViolationForm(String code, ViolationKind kind, String description, SanctionLevel mappedLevel,
        boolean levelUncertain) {

    public ViolationForm(String code, ViolationKind kind, String description, SanctionLevel mappedLevel) {
        this(code, kind, description, mappedLevel, false);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import java.util.Arrays;

/**
 * Which election law a case falls under: the Pemilu (UU 7/2017) or the Pilkada (UU 10/2016). Their reporting and
 * review clocks differ, so the deadline policy is keyed by this as well as by date.
 */
public enum ElectionType {
    PEMILU, PILKADA;

    /** From an election code such as {@code PILKADA-2020} (the reference module's codes start with the type). */
    public static ElectionType ofCode(String electionCode) {
        if (electionCode == null) {
            return null;
        }
        return Arrays.stream(values()).filter(type -> electionCode.startsWith(type.name() + "-")).findFirst()
                .orElse(null);
    }
}

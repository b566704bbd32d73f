// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Sanctions of every catalogue version; a decision must use one in force on its date. */
public interface SanctionCatalogue {

    Optional<Sanction> find(String code);

    List<Sanction> inForceOn(LocalDate date);
}

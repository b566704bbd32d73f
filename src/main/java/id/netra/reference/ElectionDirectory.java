// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/** Elections known to Netra. */
public interface ElectionDirectory {

    Optional<Election> find(String code);

    List<Election> all();
}

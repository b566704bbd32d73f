// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/** The SKB 2022 violation catalogue. */
public interface ViolationCatalogue {

    Optional<ViolationForm> find(String code);

    List<ViolationForm> all();
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.time.LocalDate;

/** An election event (Pemilu or Pilkada) with its voting day; phases are served by the REST API. */
public record Election(String code, String name, String type, LocalDate votingDay) {
}

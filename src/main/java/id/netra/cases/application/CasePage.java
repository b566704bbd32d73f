// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.util.List;

/** A page of case summaries; {@code page} counts from 0. */
public record CasePage(List<CaseSummary> items, int page, int size, long totalItems, int totalPages) {
}

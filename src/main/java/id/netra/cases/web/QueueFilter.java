// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseFilter;
import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceMatch;
import java.util.List;

/**
 * A queue filter with its names turned into codes, and the names that could not be: the page lists them with the
 * entries they might mean, so "Bogor" offers Kabupaten Bogor and Kota Bogor rather than an empty table.
 */
record QueueFilter(CaseFilter filter, List<Unresolved> unresolved) {

    /** @param choices what the text might mean; empty when it matches nothing */
    record Unresolved(ReferenceKind kind, String typed, List<ReferenceMatch> choices) {
    }
}

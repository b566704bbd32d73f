// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.QueueSort;
import id.netra.cases.domain.CaseState;
import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceMatch;
import id.netra.reference.ReferenceNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the queue page and its CSV export were asked for: the queue, the user's filter and the order. Blank fields
 * mean "any"; an unknown state or sort is treated as not given, so a hand-edited address never fails the page.
 */
record QueueRequest(Queue queue, CaseState state, String election, String region, String agency, String text,
        QueueSort sort) {

    static QueueRequest of(Queue queue, String state, String election, String region, String agency, String sort) {
        return of(queue, state, election, region, agency, null, sort);
    }

    /** Region, agency and election may be typed as a name ("Pandeglang") or a code (36.01); see {@link #filter}. */
    static QueueRequest of(Queue queue, String state, String election, String region, String agency, String text,
            String sort) {
        return new QueueRequest(queue, stateOf(state), typed(election), typed(region), typed(agency), typed(text),
                QueueSort.parse(sort, queue));
    }

    /** The filter with names turned into codes; a name that matches nothing or several is reported, not guessed. */
    QueueFilter filter(ReferenceNames names) {
        List<QueueFilter.Unresolved> unresolved = new ArrayList<>();
        String regionCode = resolve(names, ReferenceKind.REGION, region, unresolved);
        String agencyCode = resolve(names, ReferenceKind.AGENCY, agency, unresolved);
        String electionCode = resolve(names, ReferenceKind.ELECTION, election, unresolved);
        CaseFilter filter = new CaseFilter(state == null ? Set.of() : Set.of(state), agencyCode, regionCode, null,
                null, electionCode).withSearch(text, names::agencyCodesContaining);
        return new QueueFilter(filter, List.copyOf(unresolved));
    }

    private static String resolve(ReferenceNames names, ReferenceKind kind, String typed,
            List<QueueFilter.Unresolved> unresolved) {
        if (typed == null) {
            return null;
        }
        List<ReferenceMatch> matches = names.resolve(kind, typed);
        if (matches.size() == 1) {
            return matches.get(0).code();
        }
        unresolved.add(new QueueFilter.Unresolved(kind, typed, matches.stream().limit(8).toList()));
        // a code nobody has: the list stays empty and the page says why, instead of silently ignoring the field
        return typed.toUpperCase(Locale.ROOT);
    }

    /** This request at {@code path} with another order and page; default values are left out of the address. */
    String link(String path, QueueSort order, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("queue", queue.name());
        add(uri, "state", state == null ? null : state.name());
        add(uri, "election", election);
        add(uri, "region", region);
        add(uri, "agency", agency);
        add(uri, "q", text);
        add(uri, "sort", order.equals(QueueSort.defaultFor(queue)) ? null : order.param());
        add(uri, "page", page == null || page == 0 ? null : page.toString());
        return uri.encode().build().toUriString();
    }

    /** The same filter on another queue, in that queue's default order. */
    QueueRequest onQueue(Queue other) {
        return new QueueRequest(other, state, election, region, agency, text, QueueSort.defaultFor(other));
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static CaseState stateOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(CaseState.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static String typed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

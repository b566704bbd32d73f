// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.QueueSort;
import id.netra.cases.domain.CaseState;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the queue page and its CSV export were asked for: the queue, the user's filter and the order. Blank fields
 * mean "any"; an unknown state or sort is treated as not given, so a hand-edited address never fails the page.
 */
record QueueRequest(Queue queue, CaseState state, String election, String region, String agency, QueueSort sort) {

    static QueueRequest of(Queue queue, String state, String election, String region, String agency, String sort) {
        return new QueueRequest(queue, stateOf(state), code(election), code(region), code(agency),
                QueueSort.parse(sort, queue));
    }

    CaseFilter filter() {
        return new CaseFilter(state == null ? Set.of() : Set.of(state), agency, region, null, null, election);
    }

    /** This request at {@code path} with another order and page; default values are left out of the address. */
    String link(String path, QueueSort order, Integer page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("queue", queue.name());
        add(uri, "state", state == null ? null : state.name());
        add(uri, "election", election);
        add(uri, "region", region);
        add(uri, "agency", agency);
        add(uri, "sort", order.equals(QueueSort.defaultFor(queue)) ? null : order.param());
        add(uri, "page", page == null || page == 0 ? null : page.toString());
        return uri.encode().build().toUriString();
    }

    /** The same filter on another queue, in that queue's default order. */
    QueueRequest onQueue(Queue other) {
        return new QueueRequest(other, state, election, region, agency, QueueSort.defaultFor(other));
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

    /** Codes are upper case everywhere (PEMKAB-36.01, PILKADA-2024), so typing them in lower case still matches. */
    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}

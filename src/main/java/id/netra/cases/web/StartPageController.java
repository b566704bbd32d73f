// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CasePage;
import id.netra.cases.application.CaseQueues;
import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.QueueSort;
import id.netra.shared.TimeConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in user's work at a glance, within their scope: their tasks, what falls due soon, what is late and what
 * changed lately, each with its count and a link to the full queue. The home page loads the summary for signed-in
 * users; {@code /mulai} shows it as a page of its own.
 */
@Controller
class StartPageController {

    private static final int SHOWN = 5;

    private final CaseQueues queues;
    StartPageController(CaseQueues queues) {
        this.queues = queues;
    }

    @GetMapping("/mulai")
    String start(Model model) {
        work(model);
        return "cases/start";
    }

    /** The same summary as a fragment, for the home page to load. */
    @GetMapping("/mulai/ringkasan")
    String summary(Model model) {
        work(model);
        return "cases/start :: work";
    }

    private void work(Model model) {
        Map<Queue, CasePage> pages = new LinkedHashMap<>();
        if (queues.hasTasks()) {
            pages.put(Queue.MY_TASKS, queues.queue(Queue.MY_TASKS, 0, SHOWN));
        }
        pages.put(Queue.DUE_SOON, queues.queue(Queue.DUE_SOON, 0, SHOWN));
        pages.put(Queue.OVERDUE, queues.queue(Queue.OVERDUE, 0, SHOWN));
        CasePage recent = queues.queue(Queue.ALL, CaseFilter.none(),
                new QueueSort(QueueSort.Column.UPDATED, true), 0, SHOWN);
        model.addAttribute("pages", pages);
        model.addAttribute("recent", recent);
        model.addAttribute("wib", TimeConfiguration.WIB);
    }
}

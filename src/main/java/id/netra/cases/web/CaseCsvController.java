// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.application.CaseQueues.Queue;
import id.netra.cases.application.CaseQueues;
import id.netra.cases.application.CaseSummary;
import id.netra.reference.ReferenceNames;
import id.netra.shared.TimeConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue page as a CSV file: the same queue, filter, order and scope, every matching case up to a cap. */
@Controller
class CaseCsvController {

    static final String PATH = "/cases.csv";

    /** Enough for any regional workload while keeping one request's memory bounded. */
    static final int MAX_ROWS = 10_000;

    private final CaseQueues queues;
    private final MessageSource messages;
    private final Clock clock;
    private final ReferenceNames names;

    CaseCsvController(CaseQueues queues, MessageSource messages, Clock clock, ReferenceNames names) {
        this.names = names;
        this.queues = queues;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    void export(@RequestParam(required = false) Queue queue, @RequestParam(required = false) String state,
            @RequestParam(required = false) String election, @RequestParam(required = false) String region,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String sort,
            @RequestParam(name = "q", required = false) String text, Locale locale, HttpServletResponse response)
            throws IOException {
        QueueRequest request = QueueRequest.of(queue == null ? queues.defaultQueue() : queue, state, election,
                region, agency, text, sort);
        List<CaseSummary> rows = queues.export(request.queue(), request.filter(names).filter(), request.sort(),
                MAX_ROWS);
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.WIB);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"perkara-" + today + ".csv\"");
        CaseCsv.write(response.getOutputStream(), rows, key -> messages.getMessage(key, null, key, locale), names);
    }
}

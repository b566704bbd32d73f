// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import id.netra.analytics.publik.PublicStatistics;
import id.netra.analytics.maps.BoundaryFiles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal: national aggregates without sign-in, small cells suppressed, with the open-data downloads. */
@Controller
class PublicPortalController {

    private final PublicStatistics statistics;
    private final BoundaryFiles boundaries;
    private final MessageSource messages;

    PublicPortalController(PublicStatistics statistics, BoundaryFiles boundaries, MessageSource messages) {
        this.statistics = statistics;
        this.boundaries = boundaries;
        this.messages = messages;
    }

    @GetMapping("/publik")
    @PublicRateLimited
    String portal(@RequestParam(name = "pemilihan", required = false) String election, Model model) {
        PublicStatistics.Dataset data = statistics.dataset(election, unrecorded());
        model.addAttribute("data", data);
        model.addAttribute("elections", statistics.elections());
        model.addAttribute("tables", data.tables().stream()
                .filter(t -> t.dimension() != id.netra.analytics.StatsDimension.PROVINCE).toList());
        mapModel(data, model);
        return "analytics/publik";
    }

    @GetMapping("/publik/peta")
    @PublicRateLimited
    String map(@RequestParam(name = "pemilihan", required = false) String election, Model model) {
        PublicStatistics.Dataset data = statistics.dataset(election, unrecorded());
        model.addAttribute("data", data);
        model.addAttribute("elections", statistics.elections());
        mapModel(data, model);
        return "analytics/publik-peta";
    }

    private void mapModel(PublicStatistics.Dataset data, Model model) {
        String query = data.electionCode() == null ? "" : "?pemilihan=" + data.electionCode();
        model.addAttribute("mapData", "/publik/peta/data" + query);
        model.addAttribute("mapRegencies", "/publik/peta/wilayah/{code}" + query);
        model.addAttribute("credit", boundaries.inUse().attribution());
    }

    private String unrecorded() {
        return messages.getMessage("analytics.unknown", null, "-", LocaleContextHolder.getLocale());
    }
}

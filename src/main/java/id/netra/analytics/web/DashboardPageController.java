// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDashboard;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.StatsSummary;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.EmploymentType;
import id.netra.reference.PositionClass;
import id.netra.reference.Region;
import id.netra.reference.RegionLevel;
import id.netra.shared.PolicyRejectedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /analitik}: the dashboard. Filters are pickers of names; every chart drills down, a province to its
 * regencies, a regency or an agency to the case list (which applies the user's scope again), any other group to
 * the dashboard narrowed to it. Refused filters are shown with their reasons, and the panels then count without them.
 */
@Controller
class DashboardPageController {

    /** The panels in reading order. */
    private static final List<StatsDimension> PANELS = List.of(StatsDimension.CATEGORY, StatsDimension.POSITION,
            StatsDimension.PROVINCE, StatsDimension.AGENCY, StatsDimension.PHASE, StatsDimension.ELECTION,
            StatsDimension.SANCTION_LEVEL, StatsDimension.OUTCOME, StatsDimension.VIOLATION);

    private final CaseStatistics statistics;
    private final CurrentUserProvider users;
    private final StatsRequest.Reference reference;
    private final MessageSource messages;
    private final StatsDownloads downloads;

    DashboardPageController(CaseStatistics statistics, CurrentUserProvider users, StatsRequest.Reference reference,
            MessageSource messages, StatsDownloads downloads) {
        this.downloads = downloads;
        this.statistics = statistics;
        this.users = users;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/analitik")
    String dashboard(@RequestParam(required = false) String election,
            @RequestParam(required = false) String province, @RequestParam(required = false) String regency,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String position,
            @RequestParam(required = false) String areaHead, @RequestParam(required = false) String employment,
            @RequestParam(required = false) String category, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        String region = blank(regency) ? province : regency;
        StatsRequest asked = new StatsRequest(election, region, agency, position, areaHead, employment, category,
                phase, from, to);
        CurrentUser user = users.require();
        Locale locale = LocaleContextHolder.getLocale();
        List<String> errors = new ArrayList<>();
        StatsFilter checked;
        StatsRequest used = asked;
        try {
            checked = asked.toFilter(reference);
        } catch (PolicyRejectedException rejected) {
            rejected.reasons().forEach(reason -> errors.add(
                    messages.getMessage(reason.messageKey(), reason.argArray(), reason.messageKey(), locale)));
            checked = StatsFilter.none();
            used = new StatsRequest(null, null, null, null, null, null, null, null, null, null);
        }
        StatsFilter filter = checked;
        StatsRequest request = used;
        String provinceCode = filter.regionCode() == null ? null : filter.regionCode().split("\\.")[0];
        String regencyCode = filter.regionCode() != null && filter.regionCode().contains(".") ? filter.regionCode()
                : null;

        List<StatsDimension> shownPanels = PANELS.stream().map(dimension -> dimension == StatsDimension.PROVINCE
                && provinceCode != null ? StatsDimension.REGENCY : dimension).toList();
        // every panel in one read of the rollups; the agency picker is the agency panel unless an agency is chosen
        StatsDashboard dashboard = statistics.dashboard(filter, shownPanels, user);
        List<DashboardView.Panel> panels = new ArrayList<>();
        for (StatsDimension shown : shownPanels) {
            StatsSummary summary = dashboard.summary(shown);
            panels.add(new DashboardView.Panel(shown, shown.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    summary, summary.groups().stream().map(g -> drill(shown, g.key(), request, filter)).toList(),
                    request.query() + (request.query().isEmpty() ? "" : "&") + "groupBy=" + groupBy(shown)));
        }
        StatsFilter withoutAgency = new StatsFilter(filter.electionCode(), filter.regionCode(), null,
                filter.positionClass(), filter.areaHead(), filter.employmentType(), filter.categoryCode(),
                filter.phase(), filter.from(), filter.to());
        StatsSummary agencyPanel = filter.agencyCode() == null ? dashboard.summary(StatsDimension.AGENCY)
                : statistics.summary(withoutAgency, StatsDimension.AGENCY, user);
        List<DashboardView.Option> agencies = agencyPanel.groups()
                .stream().filter(g -> !"UNKNOWN".equals(g.key()))
                .map(g -> new DashboardView.Option(g.key(), g.label()))
                .sorted(Comparator.comparing(DashboardView.Option::name)).toList();

        model.addAttribute("view", new DashboardView(request, provinceCode, regencyCode,
                reference.elections().all().stream().map(e -> new DashboardView.Option(e.code(), e.name())).toList(),
                regions(RegionLevel.PROVINCE, null), provinceCode == null ? List.of()
                        : regions(RegionLevel.REGENCY, provinceCode), agencies,
                options(PositionClass.values(), "analytics.position.", locale),
                options(EmploymentType.values(), "analytics.employment.", locale),
                reference.categories().all().stream().map(c -> new DashboardView.Option(c.code(),
                        "en".equals(locale.getLanguage()) && c.nameEn() != null ? c.nameEn() : c.name())).toList(),
                options(ElectionPhaseKind.values(), "analytics.phase.", locale), errors,
                dashboard.funnel(), dashboard.compliance(), dashboard.weekly(), panels));
        return "analytics/dashboard";
    }

    /** A panel's table as CSV or XLSX, with the page's filters (the API's export needs API credentials). */
    @GetMapping("/analitik/unduh")
    org.springframework.http.ResponseEntity<byte[]> download(
            @org.springframework.web.bind.annotation.ModelAttribute StatsRequest request,
            @RequestParam(defaultValue = "category") String groupBy, @RequestParam(defaultValue = "csv") String format) {
        return downloads.summary(request, groupBy, format);
    }

    /** The regencies of a province, for the regency picker loaded by htmx when the province changes. */
    @GetMapping("/analitik/kabupaten")
    String regencies(@RequestParam(required = false) String province, Model model) {
        String code = blank(province) ? null : province.strip();
        model.addAttribute("regencies", code == null || reference.regions().find(code).isEmpty() ? List.of()
                : regions(RegionLevel.REGENCY, code));
        return "analytics/dashboard :: regency-options";
    }

    private List<DashboardView.Option> regions(RegionLevel level, String provinceCode) {
        return reference.regions().byLevel(level).stream()
                .filter(r -> provinceCode == null || provinceCode.equals(r.provinceCode()))
                .sorted(Comparator.comparing(Region::name))
                .map(r -> new DashboardView.Option(r.code(), r.name())).toList();
    }

    private <E extends Enum<E>> List<DashboardView.Option> options(E[] values, String prefix, Locale locale) {
        return Arrays.stream(values).map(v -> new DashboardView.Option(v.name(),
                messages.getMessage(prefix + v.name(), null, v.name(), locale))).toList();
    }

    /** Where a group leads: a narrower dashboard, or the case list for the smallest units. */
    private static String drill(StatsDimension dimension, String key, StatsRequest request, StatsFilter filter) {
        if (key == null || "UNKNOWN".equals(key)) {
            return null;
        }
        return switch (dimension) {
            case PROVINCE -> dashboard(request.with("region", null)).queryParam("province", key).build()
                    .encode().toUriString();
            case REGENCY, AGENCY -> {
                UriComponentsBuilder cases = UriComponentsBuilder.fromPath("/cases").queryParam("queue", "ALL");
                if (filter.electionCode() != null) {
                    cases.queryParam("election", filter.electionCode());
                }
                cases.queryParam(dimension == StatsDimension.REGENCY ? "region" : "agency", key);
                if (dimension == StatsDimension.AGENCY && filter.regionCode() != null) {
                    cases.queryParam("region", filter.regionCode());
                }
                yield cases.build().encode().toUriString();
            }
            case CATEGORY -> narrowed(request, "category", key);
            case POSITION -> narrowed(request, "position", key);
            case PHASE -> narrowed(request, "phase", key);
            case ELECTION -> narrowed(request, "election", key);
            case SANCTION_LEVEL, OUTCOME, VIOLATION -> null;
        };
    }

    private static String narrowed(StatsRequest request, String field, String key) {
        return dashboard(request.with(field, key)).build().encode().toUriString();
    }

    /** The dashboard at this request; the region goes back to the page's province/regency pickers. */
    private static UriComponentsBuilder dashboard(StatsRequest request) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/analitik");
        String region = request.region();
        StatsRequest rest = request.with("region", null);
        String query = rest.query();
        if (!query.isEmpty()) {
            uri.query(query);
        }
        if (region != null && !region.isBlank()) {
            uri.queryParam(region.contains(".") ? "regency" : "province", region);
        }
        return uri;
    }

    private static String groupBy(StatsDimension dimension) {
        String[] words = dimension.name().toLowerCase(Locale.ROOT).split("_");
        return words.length == 1 ? words[0] : words[0] + Character.toUpperCase(words[1].charAt(0))
                + words[1].substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps.web;

import id.netra.analytics.StatsFilter;
import id.netra.analytics.maps.BoundaryFiles;
import id.netra.analytics.maps.ProvinceMap;
import id.netra.analytics.publik.web.PublicRateLimited;
import id.netra.identity.CurrentUserProvider;
import id.netra.reference.ElectionDirectory;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The province map: the dashboard page {@code /analitik/peta} (exact counts within the user's scope) and the data
 * both it and the public portal draw from. Public data ({@code /publik/peta/...}) is suppressed.
 */
@Controller
class MapController {

    private final ProvinceMap map;
    private final BoundaryFiles boundaries;
    private final CurrentUserProvider users;
    private final ElectionDirectory elections;

    MapController(ProvinceMap map, BoundaryFiles boundaries, CurrentUserProvider users, ElectionDirectory elections) {
        this.map = map;
        this.boundaries = boundaries;
        this.users = users;
        this.elections = elections;
    }

    @GetMapping("/analitik/peta")
    @PreAuthorize("isAuthenticated()")
    String page(@RequestParam(name = "pemilihan", required = false) String election, Model model) {
        String code = known(election);
        model.addAttribute("elections", elections.all());
        model.addAttribute("election", code);
        model.addAttribute("query", code == null ? "" : "?pemilihan=" + code);
        model.addAttribute("scope", users.require());
        model.addAttribute("credit", boundaries.inUse().attribution());
        return "analytics/peta";
    }

    @GetMapping(path = "/analitik/peta/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    ProvinceMap.ProvinceView scopedProvinces(@RequestParam(name = "pemilihan", required = false) String election) {
        return map.provinces(filter(election), users.require());
    }

    @GetMapping(path = "/analitik/peta/wilayah/{province}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    ProvinceMap.RegencyView scopedRegencies(@PathVariable String province,
            @RequestParam(name = "pemilihan", required = false) String election) {
        return map.regencies(province, filter(election), users.require());
    }

    @GetMapping(path = "/publik/peta/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PublicRateLimited
    @ResponseBody
    ProvinceMap.ProvinceView publicProvinces(@RequestParam(name = "pemilihan", required = false) String election) {
        return map.provinces(filter(election), null);
    }

    @GetMapping(path = "/publik/peta/wilayah/{province}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PublicRateLimited
    @ResponseBody
    ProvinceMap.RegencyView publicRegencies(@PathVariable String province,
            @RequestParam(name = "pemilihan", required = false) String election) {
        return map.regencies(province, filter(election), null);
    }

    /** The normalised boundaries in use (properties: Netra's code and name only). */
    @GetMapping(path = "/publik/peta/batas.geojson")
    @PublicRateLimited
    ResponseEntity<String> boundaries() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .body(boundaries.inUse().geoJson());
    }

    private StatsFilter filter(String election) {
        return StatsFilter.none().withElection(known(election));
    }

    private String known(String election) {
        return election == null || election.isBlank() ? null
                : elections.find(election).map(e -> e.code()).orElse(null);
    }
}

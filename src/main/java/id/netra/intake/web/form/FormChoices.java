// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.form;

import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.PositionClass;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.reference.ViolationCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the report form offers, from the reference data. */
@Component
class FormChoices {

    private final ElectionDirectory elections;
    private final RegionDirectory regions;
    private final ViolationCatalogue violations;
    private final AgencyDirectory agencies;
    private final Clock clock;

    FormChoices(ElectionDirectory elections, RegionDirectory regions, ViolationCatalogue violations,
            AgencyDirectory agencies, Clock clock) {
        this.elections = elections;
        this.regions = regions;
        this.violations = violations;
        this.agencies = agencies;
        this.clock = clock;
    }

    void addTo(Model model) {
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("elections", elections.all().stream()
                .sorted(Comparator.comparing(Election::votingDay).reversed()).toList());
        model.addAttribute("provinces", provincesWithRegencies());
        model.addAttribute("violations", violations.all());
        model.addAttribute("positionClasses", PositionClass.values());
    }

    /** Regency and city governments of a region, for the agency name suggestions. */
    List<Agency> agenciesOf(String regionCode) {
        return regionCode == null || regionCode.isBlank() ? List.of() : agencies.inRegion(regionCode.strip());
    }

    private List<ProvinceChoice> provincesWithRegencies() {
        Map<String, List<Region>> byProvince = regions.byLevel(RegionLevel.REGENCY).stream()
                .collect(Collectors.groupingBy(Region::provinceCode));
        return regions.byLevel(RegionLevel.PROVINCE).stream()
                .map(province -> new ProvinceChoice(province, byProvince.getOrDefault(province.code(), List.of())))
                .toList();
    }

    /** A province as an option group with its regencies and cities. */
    record ProvinceChoice(Region province, List<Region> regencies) {
    }
}

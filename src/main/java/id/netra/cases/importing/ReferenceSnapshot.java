// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationCategory;
import id.netra.reference.ViolationForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference data one import checks its rows against, held in memory for the length of the job: each code is
 * looked up in the reference module once, however many of the million rows name it. Not shared between threads.
 */
final class ReferenceSnapshot {

    private final Map<String, Optional<Region>> regions = new HashMap<>();
    private final Map<String, Optional<Agency>> agencies = new HashMap<>();
    private final Map<String, Optional<Agency>> agencyNames = new HashMap<>();
    private final Map<String, Boolean> elections = new HashMap<>();
    private final Map<String, Optional<ViolationForm>> forms = new HashMap<>();
    private final Map<String, Optional<Sanction>> sanctions = new HashMap<>();
    private final Map<String, List<ViolationCategory>> categoriesOfForm = new HashMap<>();
    private final Map<String, ViolationCategory> categories = new HashMap<>();
    private final Function<String, Optional<Region>> regionLookup;
    private final Function<String, Optional<Agency>> agencyLookup;
    private final Function<String, Optional<Agency>> agencyNameLookup;
    private final Function<String, Boolean> electionLookup;
    private final Function<String, Optional<ViolationForm>> formLookup;
    private final Function<String, Optional<Sanction>> sanctionLookup;
    private final ViolationCategories categoryDirectory;

    ReferenceSnapshot(RegionDirectory regions, AgencyDirectory agencies, ElectionDirectory elections,
            ViolationCatalogue violations, SanctionCatalogue sanctions, ViolationCategories categories) {
        this.regionLookup = regions::find;
        this.agencyLookup = agencies::find;
        this.agencyNameLookup = agencies::matchName;
        this.electionLookup = code -> elections.find(code).isPresent();
        this.formLookup = violations::find;
        this.sanctionLookup = sanctions::find;
        this.categoryDirectory = categories;
        categories.all().forEach(category -> this.categories.put(category.code(), category));
    }

    Optional<Region> region(String code) {
        return regions.computeIfAbsent(code, regionLookup);
    }

    Optional<Agency> agency(String code) {
        return agencies.computeIfAbsent(code, agencyLookup);
    }

    Optional<Agency> agencyNamed(String name) {
        return agencyNames.computeIfAbsent(name, agencyNameLookup);
    }

    boolean election(String code) {
        return elections.computeIfAbsent(code, electionLookup);
    }

    Optional<ViolationForm> violation(String code) {
        return forms.computeIfAbsent(code, formLookup);
    }

    Optional<Sanction> sanction(String code) {
        return sanctions.computeIfAbsent(code, sanctionLookup);
    }

    Optional<ViolationCategory> category(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    /** The categories a form is counted in, in the published order. */
    List<ViolationCategory> categoriesOf(String formCode) {
        return categoriesOfForm.computeIfAbsent(formCode, categoryDirectory::containing);
    }

    /** The form's default category: the first that counts it by a certain link, else the first that counts it. */
    Optional<ViolationCategory> defaultCategory(String formCode) {
        List<ViolationCategory> candidates = categoriesOf(formCode);
        return candidates.stream().filter(category -> category.certainlyCounts(formCode)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import id.netra.analytics.StatsDimension;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationForm;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The name a person reads for a group's code, in their language: never the code itself where a name exists. */
@Component
public class StatsLabels {

    private final MessageSource messages;
    private final RegionDirectory regions;
    private final AgencyDirectory agencies;
    private final ElectionDirectory elections;
    private final ViolationCategories categories;
    private final ViolationCatalogue catalogue;

    StatsLabels(MessageSource messages, RegionDirectory regions, AgencyDirectory agencies,
            ElectionDirectory elections, ViolationCategories categories, ViolationCatalogue catalogue) {
        this.messages = messages;
        this.regions = regions;
        this.agencies = agencies;
        this.elections = elections;
        this.categories = categories;
        this.catalogue = catalogue;
    }

    public String label(StatsDimension dimension, String key, Locale locale) {
        if (key == null || JdbcCaseStatistics.UNKNOWN.equals(key)) {
            return message("analytics.unknown", locale);
        }
        boolean english = "en".equals(locale.getLanguage());
        return switch (dimension) {
            case CATEGORY -> categories.all().stream().filter(c -> c.code().equals(key)).findFirst()
                    .map(c -> english && c.nameEn() != null ? c.nameEn() : c.name()).orElse(key);
            case VIOLATION -> catalogue.find(key).map(ViolationForm::description)
                    .orElse(key);
            case POSITION -> message("analytics.position." + key, locale);
            case PROVINCE, REGENCY -> regions.find(key).map(Region::name).orElse(key);
            case AGENCY -> agencies.find(key).map(Agency::name).orElse(key);
            case ELECTION -> elections.find(key).map(Election::name).orElse(key);
            case PHASE -> message("analytics.phase." + key, locale);
            case SANCTION_LEVEL -> message("analytics.sanction-level." + key, locale);
            case OUTCOME -> message("analytics.outcome." + key, locale);
        };
    }

    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}

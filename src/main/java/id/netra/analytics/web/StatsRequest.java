// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.EmploymentType;
import id.netra.reference.PositionClass;
import id.netra.reference.RegionDirectory;
import id.netra.reference.ViolationCategories;
import id.netra.shared.Decision;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a statistics request as they came (text), checked against the reference data before anything is
 * counted: an unknown code or an impossible date is a 422 with a reason per field, never a silent empty answer.
 * Blank means "any".
 */
public record StatsRequest(String election, String region, String agency, String position, String areaHead,
        String employment, String category, String phase, String from, String to) {

    /** The same request without the field that a drill-down replaces. */
    public StatsRequest with(String field, String value) {
        return new StatsRequest(field.equals("election") ? value : election, field.equals("region") ? value : region,
                field.equals("agency") ? value : agency, field.equals("position") ? value : position,
                field.equals("areaHead") ? value : areaHead, field.equals("employment") ? value : employment,
                field.equals("category") ? value : category, field.equals("phase") ? value : phase,
                field.equals("from") ? value : from, field.equals("to") ? value : to);
    }

    /** Query parameters of this request, blank ones left out, for links and exports. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        String[][] pairs = {{"election", election}, {"region", region}, {"agency", agency}, {"position", position},
            {"areaHead", areaHead}, {"employment", employment}, {"category", category}, {"phase", phase},
            {"from", from}, {"to", to}};
        for (String[] pair : pairs) {
            if (!blank(pair[1])) {
                uri.queryParam(pair[0], pair[1].strip());
            }
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    /** Checks every field at once and returns the filter, or throws the rejection with every reason. */
    public StatsFilter toFilter(Reference reference) {
        List<Decision> checks = new ArrayList<>();
        String electionCode = code(election);
        checks.add(electionCode == null || reference.elections().find(electionCode).isPresent() ? Decision.allow()
                : Decision.rejectField("election", "analytics.invalid.election", election));
        String regionCode = code(region);
        checks.add(regionCode == null || reference.regions().find(regionCode).isPresent() ? Decision.allow()
                : Decision.rejectField("region", "analytics.invalid.region", region));
        String agencyCode = code(agency);
        checks.add(agencyCode == null || reference.agencies().find(agencyCode).isPresent() ? Decision.allow()
                : Decision.rejectField("agency", "analytics.invalid.agency", agency));
        PositionClass positionClass = constant(PositionClass.class, position);
        checks.add(blank(position) || positionClass != null ? Decision.allow()
                : Decision.rejectField("position", "analytics.invalid.position", position));
        Boolean head = yesNo(areaHead);
        checks.add(blank(areaHead) || head != null ? Decision.allow()
                : Decision.rejectField("areaHead", "analytics.invalid.area-head", areaHead));
        EmploymentType employmentType = constant(EmploymentType.class, employment);
        checks.add(blank(employment) || employmentType != null ? Decision.allow()
                : Decision.rejectField("employment", "analytics.invalid.employment", employment));
        String categoryCode = code(category);
        checks.add(categoryCode == null
                || reference.categories().all().stream().anyMatch(c -> c.code().equals(categoryCode))
                ? Decision.allow() : Decision.rejectField("category", "analytics.invalid.category", category));
        ElectionPhaseKind phaseKind = constant(ElectionPhaseKind.class, phase);
        checks.add(blank(phase) || phaseKind != null ? Decision.allow()
                : Decision.rejectField("phase", "analytics.invalid.phase", phase));
        LocalDate fromDay = date(from);
        checks.add(blank(from) || fromDay != null ? Decision.allow()
                : Decision.rejectField("from", "analytics.invalid.date", from));
        LocalDate toDay = date(to);
        checks.add(blank(to) || toDay != null ? Decision.allow()
                : Decision.rejectField("to", "analytics.invalid.date", to));
        checks.add(fromDay == null || toDay == null || !toDay.isBefore(fromDay) ? Decision.allow()
                : Decision.rejectField("to", "analytics.invalid.range", from, to));
        Decision.all(checks).orThrow();
        return new StatsFilter(electionCode, regionCode, agencyCode, positionClass, head, employmentType,
                categoryCode, phaseKind, fromDay, toDay);
    }

    /** {@code category}, {@code sanctionLevel} or {@code SANCTION_LEVEL}; rejected with the choices otherwise. */
    public static StatsDimension dimension(String groupBy) {
        String name = groupBy == null ? "" : groupBy.strip().replaceAll("([a-z])([A-Z])", "$1_$2")
                .replace('-', '_').toUpperCase(Locale.ROOT);
        StatsDimension dimension = Arrays.stream(StatsDimension.values()).filter(d -> d.name().equals(name))
                .findFirst().orElse(null);
        if (dimension == null) {
            Decision.rejectField("groupBy", "analytics.invalid.group-by", groupBy,
                    "category, violation, position, province, regency, agency, election, phase, sanctionLevel, outcome")
                    .orThrow();
        }
        return dimension;
    }

    /** The reference directories the codes are checked against. */
    public record Reference(ElectionDirectory elections, RegionDirectory regions, AgencyDirectory agencies,
            ViolationCategories categories) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String code(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        String name = code(value);
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name))
                .findFirst().orElse(null);
    }

    private static Boolean yesNo(String value) {
        String v = code(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "TRUE", "YA", "YES", "1" -> Boolean.TRUE;
            case "FALSE", "TIDAK", "NO", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

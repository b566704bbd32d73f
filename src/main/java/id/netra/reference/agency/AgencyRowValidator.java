// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.AgencyType;
import id.netra.reference.agency.ImportReport.Message;
import id.netra.reference.region.RegionEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one CSV row of an agency import and turns it into a draft. Regional governments must name their region,
 * and their code must be the one Netra derives from it (PEMKAB-36.01 for region 36.01), so an import can never
 * create a second government for the same regency.
 */
final class AgencyRowValidator {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*([.-][A-Z0-9]+)*");
    private static final Set<AgencyType> REGIONAL = EnumSet.of(AgencyType.PEMPROV, AgencyType.PEMKAB, AgencyType.PEMKOT);

    private final Function<String, Optional<RegionEntry>> regions;
    private final String defaultSource;
    private final String defaultSourceVersion;

    AgencyRowValidator(Function<String, Optional<RegionEntry>> regions, String defaultSource,
            String defaultSourceVersion) {
        this.regions = regions;
        this.defaultSource = defaultSource;
        this.defaultSourceVersion = defaultSourceVersion;
    }

    /** The draft, or the errors that keep the row from becoming one (never both). */
    record Outcome(AgencyDraft draft, List<Message> errors) {
    }

    Outcome check(Map<String, String> row) {
        List<Message> errors = new ArrayList<>();
        String code = value(row, "code").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new Message("reference.import.code.required"));
        } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
            errors.add(new Message("reference.import.code.format", code));
        }
        String name = value(row, "name");
        if (name.isEmpty()) {
            errors.add(new Message("reference.import.name.required"));
        }
        tooLong(errors, "name", name, 300);
        AgencyType type = type(value(row, "type"), errors);
        String regionCode = value(row, "region_code");
        if (type != null) {
            checkRegion(type, code, regionCode, errors);
        }
        String ppkTitle = value(row, "ppk_title");
        tooLong(errors, "ppk_title", ppkTitle, 100);
        String abbreviation = value(row, "abbreviation");
        tooLong(errors, "abbreviation", abbreviation, 100);
        String note = value(row, "note");
        tooLong(errors, "note", note, 500);
        List<String> aliases = Arrays.stream(value(row, "aliases").split("\\|")).map(String::trim)
                .filter(alias -> !alias.isEmpty()).distinct().toList();
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        String source = value(row, "source");
        String sourceVersion = value(row, "source_version");
        return new Outcome(new AgencyDraft(code, name, blankToNull(abbreviation), aliases, type,
                REGIONAL.contains(type) ? regionCode : null, ppkTitle.isEmpty() ? defaultPpk(type) : ppkTitle,
                blankToNull(note), source.isEmpty() ? defaultSource : source,
                sourceVersion.isEmpty() ? defaultSourceVersion : sourceVersion), List.of());
    }

    private static AgencyType type(String text, List<Message> errors) {
        if (text.isEmpty()) {
            errors.add(new Message("reference.import.type.required"));
            return null;
        }
        try {
            return AgencyType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Message("reference.import.type.unknown", text,
                    String.join(", ", Arrays.stream(AgencyType.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private void checkRegion(AgencyType type, String code, String regionCode, List<Message> errors) {
        if (!REGIONAL.contains(type)) {
            if (!regionCode.isEmpty()) {
                errors.add(new Message("reference.import.region.forbidden", type.name()));
            }
            return;
        }
        if (regionCode.isEmpty()) {
            errors.add(new Message("reference.import.region.required", type.name()));
            return;
        }
        Optional<RegionEntry> region = regions.apply(regionCode);
        if (region.isEmpty()) {
            errors.add(new Message("reference.import.region.unknown", regionCode));
            return;
        }
        String expectedKind = switch (type) {
            case PEMPROV -> "PROVINCE";
            case PEMKAB -> "KABUPATEN";
            default -> "KOTA";
        };
        String actualKind = region.get().regencyKind() == null ? "PROVINCE" : region.get().regencyKind();
        if (!expectedKind.equals(actualKind)) {
            errors.add(new Message("reference.import.region.kind", regionCode, type.name()));
        } else if (!code.equals(type.name() + "-" + regionCode)) {
            errors.add(new Message("reference.import.code.regional", type.name() + "-" + regionCode));
        }
    }

    private static void tooLong(List<Message> errors, String column, String value, int max) {
        if (value.length() > max) {
            errors.add(new Message("reference.import.too-long", column, String.valueOf(max)));
        }
    }

    static String defaultPpk(AgencyType type) {
        return switch (type) {
            case KEMENTERIAN -> "Menteri";
            case LPNK -> "Kepala";
            case SEKRETARIAT, LEMBAGA_NONSTRUKTURAL -> "Sekretaris Jenderal";
            case PEMPROV -> "Gubernur";
            case PEMKAB -> "Bupati";
            case PEMKOT -> "Wali Kota";
        };
    }

    private static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

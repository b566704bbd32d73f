// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The agencies with lookups by code and by normalised name, abbreviation, code or alias. */
record AgencyIndex(List<AgencyEntry> all, Map<String, AgencyEntry> byCode, Map<String, Set<String>> codesByName) {

    static AgencyIndex of(List<AgencyEntry> agencies) {
        Map<String, AgencyEntry> byCode = new LinkedHashMap<>();
        Map<String, Set<String>> codesByName = new LinkedHashMap<>();
        for (AgencyEntry agency : agencies) {
            byCode.put(agency.code(), agency);
            Stream.concat(Stream.of(agency.name(), agency.abbreviation(), agency.code()), agency.aliases().stream())
                    .map(AgencyIndex::normalise)
                    .filter(name -> !name.isEmpty())
                    .forEach(name -> codesByName.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(agency.code()));
        }
        return new AgencyIndex(List.copyOf(agencies), byCode, codesByName);
    }

    Optional<AgencyEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The agencies a free text names: none, one, or several when the text is ambiguous. */
    List<AgencyEntry> named(String text) {
        List<AgencyEntry> found = new ArrayList<>();
        codesByName.getOrDefault(normalise(text), Set.of()).forEach(code -> found.add(byCode.get(code)));
        return found;
    }

    /** Case and white space do not count: "Pemkab  pandeglang" names Pemkab Pandeglang. */
    static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0]+", "").toLowerCase(Locale.ROOT);
    }
}

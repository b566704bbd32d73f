// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps;

import id.netra.reference.Region;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a province of the reference data by the name a boundary file gives it. Names are compared without case,
 * accents, punctuation or the usual prefixes, and the long and short forms of Jakarta and Yogyakarta are the same
 * province. Codes in boundary files are not trusted: the shipped file gives three Papua provinces the code 91.
 */
final class ProvinceNames {

    private final Map<String, Region> byName = new HashMap<>();

    ProvinceNames(List<Region> provinces) {
        for (Region province : provinces) {
            byName.put(normalise(province.name()), province);
        }
    }

    Optional<Region> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(normalise(name)));
    }

    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").trim();
        plain = plain.replaceFirst("^(provinsi|propinsi|prov|province of) ", "");
        plain = plain.replaceFirst("^daerah khusus ibukota ", "dki ").replaceFirst("^daerah khusus ibu kota ", "dki ")
                .replaceFirst("^daerah khusus ", "dki ").replaceFirst("^daerah istimewa ", "di ");
        plain = plain.replace("kep ", "kepulauan ").replace("bangka belitung", "bangka belitung");
        if (plain.equals("jakarta") || plain.equals("dki")) {
            plain = "dki jakarta";
        }
        if (plain.equals("yogyakarta")) {
            plain = "di yogyakarta";
        }
        if (plain.equals("bangka belitung")) {
            plain = "kepulauan bangka belitung";
        }
        return plain;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalises a civil servant's name so that reports about the same person match: "Drs. H. Ahmad Sobari, M.Si." and
 * "ahmad  sobari" both become {@code ahmad sobari}. Indonesian names carry academic and religious titles before the
 * name and degree abbreviations after a comma; neither identifies the person.
 */
public final class PersonNames {

    /** Titles written before a name (without their dots), compared in lower case. */
    private static final Set<String> PREFIX_TITLES = Set.of("prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "drg",
            "apt", "ns", "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri");

    private PersonNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String withoutDegrees = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        String ascii = Normalizer.normalize(withoutDegrees, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String[] words = ascii.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+|(?<=\\.)");
        int first = 0;
        while (first < words.length - 1 && isTitleOrEmpty(words[first])) {
            first++;
        }
        return Arrays.stream(words, first, words.length)
                .map(word -> word.replace(".", ""))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static boolean isTitleOrEmpty(String word) {
        String bare = word.replace(".", "");
        return bare.isEmpty() || PREFIX_TITLES.contains(bare);
    }
}

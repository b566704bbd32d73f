// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Letterhead and signatory of each issuing authority ({@code netra.letters.authorities.BKN.*}, {@code ...KASN.*}):
 * BKN issues recommendations and reprimands since the handover of 2024, KASN's older cases keep KASN's letterhead.
 * The signatory's name and NIP are the installation's to set; without them the letter carries the title only.
 */
@ConfigurationProperties("netra.letters")
record LetterAuthorities(Map<String, Authority> authorities) {

    LetterAuthorities {
        authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
    }

    Authority of(String office) {
        Authority configured = authorities.get(office);
        return configured != null ? configured : Authority.defaultFor(office);
    }

    /**
     * @param letterhead the authority's name as printed in capitals at the top
     * @param address the line under it; blank for none
     */
    record Authority(String letterhead, String address, String signatoryTitle, String signatoryName,
            String signatoryNip) {

        static Authority defaultFor(String office) {
            return switch (office) {
                case "KASN" -> new Authority("KOMISI APARATUR SIPIL NEGARA", "", "Ketua Komisi Aparatur Sipil Negara",
                        "", "");
                case "BKN" -> new Authority("BADAN KEPEGAWAIAN NEGARA", "", "Kepala Badan Kepegawaian Negara", "",
                        "");
                default -> new Authority(office, "", "Pimpinan " + office, "", "");
            };
        }
    }
}

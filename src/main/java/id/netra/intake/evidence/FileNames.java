// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.text.Normalizer;

/**
 * The name an uploader gave a file, made safe to display. It is only ever shown, never used for storage (the store
 * is addressed by hash), but a path, control characters or a 10,000-character name still have no place on a page.
 */
final class FileNames {

    static final int MAX_LENGTH = 150;
    static final String FALLBACK = "berkas";

    private FileNames() {
    }

    static String display(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
        }
        return name.isBlank() ? FALLBACK : name;
    }
}

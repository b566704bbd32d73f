// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import java.text.Normalizer;

/**
 * Free text from the public. Any script is welcome (names and places come in Latin, Arabic and more), but control
 * characters, unpaired surrogates and bidirectional overrides are refused: they hide or reorder what a handler reads
 * on screen, and PostgreSQL cannot store a NUL character at all.
 */
public final class TextPolicy {

    private TextPolicy() {
    }

    /** Trimmed, NFC-normalised, {@code null} when blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean hasForbiddenCharacters(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(TextPolicy::forbidden);
    }

    private static boolean forbidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0xFEFF
                || Character.getType(codePoint) == Character.SURROGATE;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

/**
 * A count as the public may see it: the number when {@link Disclosure#SHOWN}, otherwise only the mark. The hidden
 * number never leaves this object: {@link #value()} is {@code null} for a hidden cell.
 */
public record SuppressedCount(Long value, Disclosure disclosure, int threshold) {

    public static SuppressedCount shown(long value, int threshold) {
        return new SuppressedCount(value, Disclosure.SHOWN, threshold);
    }

    public static SuppressedCount hidden(Disclosure why, int threshold) {
        return new SuppressedCount(null, why, threshold);
    }

    public boolean isShown() {
        return disclosure == Disclosure.SHOWN;
    }

    /** What a cell, a download or a chart tooltip shows: the number, "&lt;k", or "×" for a complementary cell. */
    public String text() {
        return switch (disclosure) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + threshold;
            case COMPLEMENT -> "×";
        };
    }
}

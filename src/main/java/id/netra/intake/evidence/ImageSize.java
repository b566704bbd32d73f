// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

/** Image dimensions as declared in the file's header, read without decoding a single pixel. */
public record ImageSize(long width, long height) {

    public long pixels() {
        return width * height;
    }
}

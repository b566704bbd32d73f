// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies an image without its metadata segments, byte for byte otherwise: the pixels a handler sees are exactly the
 * reporter's, but the camera, the time and above all the GPS position that would expose the reporter are gone.
 * No pixel is decoded, so a decompression bomb cannot exhaust memory here; the declared size is returned for the
 * caller to refuse absurd images.
 */
interface MetadataStripper {

    /** Writes the cleaned image to {@code out} and returns its declared size; {@link CorruptEvidenceException} if malformed. */
    ImageSize strip(InputStream in, OutputStream out) throws IOException;

    static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new CorruptEvidenceException("unexpected end of image");
        }
        return b;
    }

    static byte[] readFully(InputStream in, long length) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new CorruptEvidenceException("segment length out of range");
        }
        byte[] data = in.readNBytes((int) length);
        if (data.length != length) {
            throw new CorruptEvidenceException("unexpected end of image");
        }
        return data;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Rewrites a PNG keeping only the chunks that draw the image (and APNG animation); text chunks, {@code eXIf} and
 * {@code tIME} are dropped. Anything after {@code IEND} is dropped too.
 */
final class PngStripper implements MetadataStripper {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD", "hIST", "acTL", "fcTL", "fdAT");

    @Override
    public ImageSize strip(InputStream in, OutputStream out) throws IOException {
        if (!Arrays.equals(MetadataStripper.readFully(in, SIGNATURE.length), SIGNATURE)) {
            throw new CorruptEvidenceException("not a PNG");
        }
        out.write(SIGNATURE);
        ImageSize size = null;
        while (true) {
            byte[] header = MetadataStripper.readFully(in, 8);
            long length = ByteBuffer.wrap(header, 0, 4).getInt() & 0xFFFFFFFFL;
            if (length > Integer.MAX_VALUE) {
                throw new CorruptEvidenceException("PNG chunk too long");
            }
            String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
            byte[] body = MetadataStripper.readFully(in, length + 4);
            if (type.equals("IHDR")) {
                if (length < 8) {
                    throw new CorruptEvidenceException("short IHDR");
                }
                ByteBuffer ihdr = ByteBuffer.wrap(body);
                size = new ImageSize(ihdr.getInt(0) & 0xFFFFFFFFL, ihdr.getInt(4) & 0xFFFFFFFFL);
            } else if (size == null) {
                throw new CorruptEvidenceException("PNG must start with IHDR");
            }
            if (KEPT.contains(type)) {
                out.write(header);
                out.write(body);
            }
            if (type.equals("IEND")) {
                return size;
            }
        }
    }
}

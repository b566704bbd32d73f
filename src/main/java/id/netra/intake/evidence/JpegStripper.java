// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a JPEG without APP1 (Exif, XMP: GPS, camera, time), APP13 (IPTC), comments and other application
 * segments; keeps JFIF (APP0), the ICC colour profile (APP2 "ICC_PROFILE") and Adobe (APP14), which colour needs.
 * Anything after the end-of-image marker is dropped too: phones append further images there (MPF) with their own
 * Exif.
 */
final class JpegStripper implements MetadataStripper {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public ImageSize strip(InputStream in, OutputStream out) throws IOException {
        if (MetadataStripper.readByte(in) != 0xFF || MetadataStripper.readByte(in) != SOI) {
            throw new CorruptEvidenceException("not a JPEG");
        }
        out.write(0xFF);
        out.write(SOI);
        ImageSize size = null;
        int marker = nextMarker(in);
        while (true) {
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(0xFF);
                out.write(marker);
                marker = nextMarker(in);
                continue;
            }
            int length = (MetadataStripper.readByte(in) << 8) | MetadataStripper.readByte(in);
            if (length < 2) {
                throw new CorruptEvidenceException("bad JPEG segment length");
            }
            byte[] data = MetadataStripper.readFully(in, length - 2L);
            if (isFrameHeader(marker)) {
                size = frameSize(data);
            }
            if (keep(marker, data)) {
                out.write(0xFF);
                out.write(marker);
                out.write(length >> 8);
                out.write(length & 0xFF);
                out.write(data);
            }
            marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
        }
        if (size == null) {
            throw new CorruptEvidenceException("JPEG without frame header");
        }
        return size;
    }

    private static boolean keep(int marker, byte[] data) {
        if (marker == 0xE0 || marker == 0xEE) {
            return true;
        }
        if (marker == 0xE2) {
            return startsWith(data, ICC);
        }
        return !(marker >= 0xE1 && marker <= 0xEF) && marker != 0xFE;
    }

    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static ImageSize frameSize(byte[] data) {
        if (data.length < 5) {
            throw new CorruptEvidenceException("short JPEG frame header");
        }
        int height = ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
        int width = ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
        return new ImageSize(width, height);
    }

    /** Copies entropy-coded data up to the next real marker (not a stuffed 0xFF00 or a restart marker), returned. */
    private static int copyScan(InputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = MetadataStripper.readByte(in);
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = MetadataStripper.readByte(in);
            while (next == 0xFF) {
                next = MetadataStripper.readByte(in);
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(InputStream in) throws IOException {
        if (MetadataStripper.readByte(in) != 0xFF) {
            throw new CorruptEvidenceException("JPEG marker expected");
        }
        int marker = MetadataStripper.readByte(in);
        while (marker == 0xFF) {
            marker = MetadataStripper.readByte(in);
        }
        return marker;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

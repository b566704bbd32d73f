// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a WebP (RIFF) without its {@code EXIF} and {@code XMP } chunks, clears their flags in {@code VP8X} and
 * fixes the RIFF size.
 */
final class WebpStripper implements MetadataStripper {

    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    @Override
    public ImageSize strip(InputStream in, OutputStream out) throws IOException {
        byte[] header = MetadataStripper.readFully(in, 12);
        if (!ascii(header, 0).equals("RIFF") || !ascii(header, 8).equals("WEBP")) {
            throw new CorruptEvidenceException("not a WebP");
        }
        long riffSize = ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        ImageSize size = null;
        long consumed = 4;
        while (consumed < riffSize) {
            byte[] chunkHeader = MetadataStripper.readFully(in, 8);
            String type = ascii(chunkHeader, 0);
            long length = ByteBuffer.wrap(chunkHeader, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long padded = length + (length & 1);
            if (consumed + 8 + padded > riffSize) {
                throw new CorruptEvidenceException("WebP chunk beyond RIFF size");
            }
            byte[] data = MetadataStripper.readFully(in, padded);
            consumed += 8 + padded;
            switch (type) {
                case "VP8X" -> {
                    size = vp8xSize(data);
                    data[0] = (byte) (data[0] & ~(EXIF_FLAG | XMP_FLAG));
                }
                case "VP8 " -> size = size != null ? size : vp8Size(data);
                case "VP8L" -> size = size != null ? size : vp8lSize(data);
                default -> {
                    // other chunks keep their place
                }
            }
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                kept.write(chunkHeader);
                kept.write(data);
            }
        }
        if (size == null) {
            throw new CorruptEvidenceException("WebP without image data");
        }
        out.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(kept.size() + 4).array());
        out.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        kept.writeTo(out);
        return size;
    }

    private static ImageSize vp8xSize(byte[] data) {
        require(data, 10);
        return new ImageSize(uint24(data, 4) + 1L, uint24(data, 7) + 1L);
    }

    private static ImageSize vp8Size(byte[] data) {
        require(data, 10);
        return new ImageSize((((data[7] & 0xFF) << 8) | (data[6] & 0xFF)) & 0x3FFF,
                (((data[9] & 0xFF) << 8) | (data[8] & 0xFF)) & 0x3FFF);
    }

    private static ImageSize vp8lSize(byte[] data) {
        require(data, 5);
        int bits = (data[1] & 0xFF) | ((data[2] & 0xFF) << 8) | ((data[3] & 0xFF) << 16) | ((data[4] & 0xFF) << 24);
        return new ImageSize((bits & 0x3FFF) + 1L, ((bits >>> 14) & 0x3FFF) + 1L);
    }

    private static int uint24(byte[] data, int offset) {
        return (data[offset] & 0xFF) | ((data[offset + 1] & 0xFF) << 8) | ((data[offset + 2] & 0xFF) << 16);
    }

    private static void require(byte[] data, int length) {
        if (data.length < length) {
            throw new CorruptEvidenceException("short WebP header");
        }
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}

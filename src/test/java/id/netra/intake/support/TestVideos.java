// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A minimal MP4 built box by box, carrying the recording place the three ways phones write it: a {@code ©xyz} box and
 * an ISO {@code loci} box in {@code udta}, and QuickTime metadata ({@code keys} naming
 * {@code com.apple.quicktime.location.ISO6709}, value in {@code ilst}). The "video" is a few bytes of synthetic data.
 */
public final class TestVideos {

    /** Pandeglang, as ISO 6709 text: what must not survive. */
    public static final String XYZ_LOCATION = "-06.3000+106.1000/";
    public static final String KEYS_LOCATION = "-06.3001+106.1001+025.000/";
    public static final String MEDIA_DATA = "DATA SINTETIS: bukan video sungguhan";

    private TestVideos() {
    }

    public static byte[] mp4WithLocation() {
        byte[] xyz = box("\u00a9xyz", concat(shortBytes(XYZ_LOCATION.length()), shortBytes(0x15c7),
                ascii(XYZ_LOCATION)));
        byte[] loci = box("loci", concat(new byte[4], shortBytes(0x15c7), ascii("Pandeglang\0"), new byte[1],
                intBytes(0xFFFA0000), intBytes(0x6A199999), intBytes(0), ascii("earth\0"), ascii("\0")));
        byte[] udta = box("udta", concat(xyz, loci));
        byte[] hdlr = box("hdlr", concat(new byte[8], ascii("mdta"), new byte[12], new byte[1]));
        String key = "com.apple.quicktime.location.ISO6709";
        byte[] keys = box("keys", concat(new byte[4], intBytes(1), intBytes(8 + key.length()), ascii("mdta"),
                ascii(key)));
        byte[] data = box("data", concat(intBytes(1), intBytes(0), ascii(KEYS_LOCATION)));
        byte[] item = concat(intBytes(8 + data.length), intBytes(1), data);
        byte[] ilst = box("ilst", item);
        byte[] meta = box("meta", concat(hdlr, keys, ilst));
        byte[] mvhd = box("mvhd", new byte[100]);
        byte[] moov = box("moov", concat(mvhd, udta, meta));
        byte[] ftyp = box("ftyp", concat(ascii("mp42"), intBytes(0), ascii("isom"), ascii("mp42")));
        byte[] mdat = box("mdat", ascii(MEDIA_DATA));
        return concat(ftyp, moov, mdat);
    }

    private static byte[] box(String type, byte[] content) {
        return concat(intBytes(8 + content.length), type.getBytes(StandardCharsets.ISO_8859_1), content);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] intBytes(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] shortBytes(int value) {
        return ByteBuffer.allocate(2).putShort((short) value).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

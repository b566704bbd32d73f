// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Evidence files built in code: photos carrying a GPS position (as phones write it), a decompression bomb, files whose
 * content contradicts their name.
 */
public final class TestFiles {

    /** Latitude 6°18' S, longitude 106°6' E: Pandeglang, where the reporter must not be found. */
    public static final double LATITUDE = -6.3;
    public static final double LONGITUDE = 106.1;

    private TestFiles() {
    }

    public static byte[] plainJpeg() {
        return encode("jpg");
    }

    public static byte[] plainPng() {
        return encode("png");
    }

    /** A JPEG with an Exif APP1 segment holding the camera make and a GPS position. */
    public static byte[] jpegWithGps() {
        byte[] jpeg = plainJpeg();
        byte[] exif = exifWithGps();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + exif.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with an {@code eXIf} chunk (GPS) and a {@code tEXt} author, inserted after IHDR. */
    public static byte[] pngWithGpsAndText() {
        byte[] png = plainPng();
        int afterIhdr = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk("eXIf", exifWithGps()));
        out.writeBytes(chunk("tEXt", "Author\0Pelapor Rahasia".getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    /** A valid-looking PNG header declaring 100,000 x 100,000 pixels: decoding it would need 40 GB. */
    public static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A lossless WebP (VP8L, 16 x 16) with an EXIF chunk holding a GPS position, flagged in VP8X. */
    public static byte[] webpWithGps() {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0x08).put(new byte[3]);
        vp8x.put((byte) 15).put((byte) 0).put((byte) 0).put((byte) 15).put((byte) 0).put((byte) 0);
        chunks.writeBytes(riffChunk("VP8X", vp8x.array()));
        int bits = 15 | (15 << 14);
        chunks.writeBytes(riffChunk("VP8L", new byte[] {0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
            (byte) (bits >> 24), 0, 0, 0}));
        chunks.writeBytes(riffChunk("EXIF", exifWithGps()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(chunks.size() + 4).array());
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    /** The start of a Windows executable. */
    public static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] minimalPdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] htmlPage() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Big-endian TIFF: IFD0 with Make and a GPS pointer, GPS IFD with latitude and longitude. */
    static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(148);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x010F, 2, 7, 38);
        entry(tiff, 0x8825, 4, 1, 46);
        tiff.putInt(0);
        tiff.put("PhoneX\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'S' << 24);
        entry(tiff, 0x0002, 5, 3, 100);
        entry(tiff, 0x0003, 2, 2, 'E' << 24);
        entry(tiff, 0x0004, 5, 3, 124);
        tiff.putInt(0);
        tiff.putInt(6).putInt(1).putInt(18).putInt(1).putInt(0).putInt(1);
        tiff.putInt(106).putInt(1).putInt(6).putInt(1).putInt(0).putInt(1);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        int padded = data.length + (data.length & 1);
        return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN)
                .put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] encode(String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, new Color(x * 8, y * 10, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

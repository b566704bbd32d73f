// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.journeys;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;

/**
 * A small phone photo for the journeys: a real JPEG with a hand-built EXIF APP1 segment that carries a GPS position
 * near Pandeglang, so the upload has metadata that intake must strip before anyone sees it.
 */
final class JourneyPhoto {

    private JourneyPhoto() {
    }

    static byte[] withGpsTag() {
        byte[] plain = plainJpeg();
        byte[] app1 = exifGpsSegment();
        byte[] photo = new byte[plain.length + app1.length];
        // SOI first, then our APP1, then everything the encoder wrote after its SOI
        System.arraycopy(plain, 0, photo, 0, 2);
        System.arraycopy(app1, 0, photo, 2, app1.length);
        System.arraycopy(plain, 2, photo, 2 + app1.length, plain.length - 2);
        return photo;
    }

    private static byte[] plainJpeg() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.ORANGE);
        g.fillOval(16, 8, 32, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Big-endian TIFF: IFD0 with only the GPS pointer, then a GPS IFD with latitude/longitude (6°18'S 106°6'E). */
    private static byte[] exifGpsSegment() {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 4);
        ascii(tiff, 0x0001, 'S');
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(80);
        ascii(tiff, 0x0003, 'E');
        tiff.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        rationals(tiff, 6, 18, 0);
        rationals(tiff, 106, 6, 0);
        byte[] body = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(body);
        return segment.array();
    }

    private static void ascii(ByteBuffer tiff, int tag, char value) {
        tiff.putShort((short) tag).putShort((short) 2).putInt(2).put((byte) value).put((byte) 0).putShort((short) 0);
    }

    private static void rationals(ByteBuffer tiff, int degrees, int minutes, int seconds) {
        tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds).putInt(1);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Evidence files drawn in code for the demo reports, each saying plainly that it is synthetic. The image text is
 * drawn with a built-in 5×7 dot font rather than a system font, so that a server without fonts draws it the same;
 * every file carries the story key, so no two demo reports share an evidence hash by accident.
 */
final class SyntheticEvidence {

    /** Rows of a 5×7 glyph, '#' for a dot; only the characters the demo needs. */
    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('A', new String[] {" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"}),
            Map.entry('B', new String[] {"#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "}),
            Map.entry('D', new String[] {"#### ", "#   #", "#   #", "#   #", "#   #", "#   #", "#### "}),
            Map.entry('E', new String[] {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"}),
            Map.entry('I', new String[] {" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}),
            Map.entry('K', new String[] {"#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"}),
            Map.entry('M', new String[] {"#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"}),
            Map.entry('N', new String[] {"#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"}),
            Map.entry('O', new String[] {" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "}),
            Map.entry('R', new String[] {"#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"}),
            Map.entry('S', new String[] {" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "}),
            Map.entry('T', new String[] {"#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "}),
            Map.entry('U', new String[] {"#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "}),
            Map.entry('0', new String[] {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "}),
            Map.entry('1', new String[] {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}),
            Map.entry('2', new String[] {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"}),
            Map.entry('3', new String[] {"#### ", "    #", "    #", " ### ", "    #", "    #", "#### "}),
            Map.entry('4', new String[] {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "}),
            Map.entry('5', new String[] {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "}),
            Map.entry('6', new String[] {" ### ", "#    ", "#    ", "#### ", "#   #", "#   #", " ### "}),
            Map.entry('7', new String[] {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "}),
            Map.entry('8', new String[] {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "}),
            Map.entry('9', new String[] {" ### ", "#   #", "#   #", " ####", "    #", "    #", " ### "}),
            Map.entry('-', new String[] {"     ", "     ", "     ", "#####", "     ", "     ", "     "}));

    private static final int DOT = 4;

    private SyntheticEvidence() {
    }

    /** A 360×140 PNG reading "DATA SINTETIS" and "BUKTI DEMO {key}", on a striped background. */
    static byte[] png(String key) {
        BufferedImage image = new BufferedImage(360, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xFFF4D6));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0xF2DFA7));
            for (int x = -image.getHeight(); x < image.getWidth(); x += 24) {
                g.fillPolygon(new int[] {x, x + 12, x + 12 + image.getHeight(), x + image.getHeight()},
                        new int[] {0, 0, image.getHeight(), image.getHeight()}, 4);
            }
            g.setColor(new Color(0xB00020));
            draw(g, "DATA SINTETIS", 14, 24);
            g.setColor(new Color(0x333333));
            draw(g, "BUKTI DEMO " + key.toUpperCase(Locale.ROOT), 14, 84);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF (OpenPDF, standard fonts only) marked as synthetic. */
    static byte[] pdf(String key, String title, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5);
        PdfWriter.getInstance(document, out);
        document.addTitle("DATA SINTETIS - " + title);
        document.addCreator("Netra demo");
        document.open();
        document.add(new Paragraph("DATA SINTETIS - BUKAN DOKUMEN ASLI",
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Font.NORMAL, new Color(0xB00020))));
        document.add(new Paragraph(title + " (" + key + ")", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
        document.add(new Paragraph(body, FontFactory.getFont(FontFactory.HELVETICA, 10)));
        document.close();
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, String text, int left, int top) {
        int x = left;
        for (char c : text.toCharArray()) {
            String[] glyph = GLYPHS.get(c);
            if (glyph != null) {
                for (int row = 0; row < glyph.length; row++) {
                    for (int col = 0; col < glyph[row].length(); col++) {
                        if (glyph[row].charAt(col) == '#') {
                            g.fillRect(x + col * DOT, top + row * DOT, DOT, DOT);
                        }
                    }
                }
            }
            x += 6 * DOT;
        }
    }
}

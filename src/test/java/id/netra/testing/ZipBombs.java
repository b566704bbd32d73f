// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal XLSX files built byte by byte, for the attacks a spreadsheet library would refuse to write: one inline
 * cell of hundreds of mebibytes that compresses to a few hundred kilobytes, or a long cell of incompressible text.
 */
public final class ZipBombs {

    /** The import columns Netra requires, the long cell last (as the description). */
    static final String[] HEADER = {"external_id", "election_code", "region_code", "occurred_on", "person_name",
        "description"};
    static final String[] ROW = {"BOM-1", "PILKADA-2024", "36.01", "2024-10-01", "Ahmad"};

    private ZipBombs() {
    }

    /** A sheet with Netra's import header; its second row's description is one inline string of {@code cellBytes} repeated letters. */
    public static byte[] xlsxWithRepeatedCell(long cellBytes) {
        return xlsx(cellBytes, false);
    }

    /** As {@link #xlsxWithRepeatedCell} but random letters, so it compresses like ordinary text (about 1.6:1). */
    public static byte[] xlsxWithRandomCell(long cellBytes) {
        return xlsx(cellBytes, true);
    }

    private static byte[] xlsx(long cellBytes, boolean random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/\
                    officeDocument/2006/relationships/officeDocument"/></Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Laporan" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/\
                    officeDocument/2006/relationships/worksheet"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + row(1, HEADER) + "<row r=\"2\">" + cells(2, ROW) + "<c r=\"" + column(ROW.length)
                    + "2\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            Random letters = new Random(7);
            for (long written = 0; written < cellBytes; written += chunk.length) {
                if (random) {
                    for (int i = 0; i < chunk.length; i++) {
                        chunk[i] = (byte) ('a' + letters.nextInt(26));
                    }
                }
                zip.write(chunk, 0, (int) Math.min(chunk.length, cellBytes - written));
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String row(int number, String[] values) {
        return "<row r=\"" + number + "\">" + cells(number, values) + "</row>";
    }

    private static String cells(int row, String[] values) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            cells.append("<c r=\"").append(column(i)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[i]).append("</t></is></c>");
        }
        return cells.toString();
    }

    private static char column(int index) {
        return (char) ('A' + index);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

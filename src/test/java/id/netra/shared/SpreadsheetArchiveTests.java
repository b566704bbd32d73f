// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.testing.ZipBombs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetArchiveTests {

    @Test
    void aHighlyCompressedCell_isRefusedAfterTheFirstMebibyte() {
        byte[] bomb = ZipBombs.xlsxWithRepeatedCell(600L * 1024 * 1024);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> SpreadsheetArchive.defuse(bomb))
                .isInstanceOf(PolicyRejectedException.class)
                .extracting(e -> ((PolicyRejectedException) e).messageKey())
                .isEqualTo("problem.spreadsheet.compression");
    }

    @Test
    void anEntryLargerThanTheLimitOnceUnpacked_isRefusedWhateverItsRatio() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            byte[] chunk = new byte[1024 * 1024];
            ZipEntry entry = new ZipEntry("xl/media/big.bin");
            entry.setSize(SpreadsheetArchive.MAX_ENTRY_BYTES + chunk.length);
            entry.setCompressedSize(SpreadsheetArchive.MAX_ENTRY_BYTES + chunk.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            for (long i = 0; i <= SpreadsheetArchive.MAX_ENTRY_BYTES; i += chunk.length) {
                crc.update(chunk);
            }
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            for (long i = 0; i <= SpreadsheetArchive.MAX_ENTRY_BYTES; i += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> SpreadsheetArchive.defuse(out.toByteArray()))
                .extracting(e -> ((PolicyRejectedException) e).messageKey())
                .isEqualTo("problem.spreadsheet.too-large-unpacked");
    }

    @Test
    void aLongCellOfOrdinaryText_isCutSoTheParserNeverHoldsIt() throws IOException {
        byte[] file = ZipBombs.xlsxWithRandomCell(5L * 1024 * 1024);

        byte[] defused = SpreadsheetArchive.defuse(file);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(defused))) {
            List<Row> rows = workbook.getFirstSheet().read();
            String cell = rows.get(1).getCellAsString(5).orElseThrow();
            assertThat(cell.length()).isBetween(SpreadsheetArchive.MAX_TEXT_RUN - 64, SpreadsheetArchive.MAX_TEXT_RUN);
            assertThat(rows.get(1).getCellAsString(0)).contains("BOM-1");
        }
    }

    @Test
    void anOrdinaryWorkbook_readsAsBefore() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Netra", "1.0")) {
            var sheet = workbook.newWorksheet("Laporan");
            sheet.value(0, 0, "Uraian & <catatan> ü");
            sheet.value(1, 0, randomText("éèüaoi", SpreadsheetArchive.MAX_TEXT_RUN));
            sheet.value(2, 0, 42);
        }

        byte[] defused = SpreadsheetArchive.defuse(out.toByteArray());

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(defused))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellAsString(0)).contains("Uraian & <catatan> ü");
            assertThat(rows.get(1).getCellAsString(0).orElseThrow()).hasSizeBetween(
                    SpreadsheetArchive.MAX_TEXT_RUN / 8, SpreadsheetArchive.MAX_TEXT_RUN / 2).matches("[éèüaoi]+");
            assertThat(rows.get(2).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(42));
        }
    }

    /** Text that compresses like prose, not like a run of one letter (which is itself a bomb). */
    private static String randomText(String alphabet, int length) {
        java.util.Random random = new java.util.Random(3);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void somethingThatIsNotAZip_isUnreadable() {
        assertThatThrownBy(() -> SpreadsheetArchive.defuse("external_id,description".getBytes(StandardCharsets.UTF_8)))
                .extracting(e -> ((PolicyRejectedException) e).messageKey())
                .isEqualTo("problem.spreadsheet.unreadable");
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The one gate every XLSX (or other zipped office file) passes before a parser reads it. A 600 KB file can unpack to
 * gigabytes, and a parser that builds one cell as a string then runs out of memory; so the archive is unpacked here
 * once, as a stream, counting the bytes that really come out rather than trusting the sizes it declares:
 * <ul>
 * <li>no entry may unpack beyond {@link #MAX_ENTRY_BYTES}, nor all of them beyond {@link #MAX_TOTAL_BYTES};</li>
 * <li>past the first mebibyte, nothing may unpack to more than {@link #MAX_RATIO} times its compressed size;</li>
 * <li>in XML entries, a text run (anything between two tags) longer than {@link #MAX_TEXT_RUN} bytes is cut there,
 * so the parser never holds a cell larger than that; the cut cell is still longer than any importer accepts, so
 * it becomes that row's error, not a crash.</li>
 * </ul>
 * The parser then gets the re-packed copy, so it can only see what was checked here (a zip whose central directory
 * disagrees with its entries cannot smuggle anything past).
 */
public final class SpreadsheetArchive {

    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    public static final int MAX_RATIO = 200;
    public static final int MAX_ENTRIES = 2_000;
    public static final int MAX_TEXT_RUN = 256 * 1024;
    private static final long RATIO_FREE_BYTES = 1024L * 1024;

    private SpreadsheetArchive() {
    }

    /** @return a re-packed copy safe to parse; @throws PolicyRejectedException if the archive is refused */
    public static byte[] defuse(byte[] archive) {
        CountingInput compressed = new CountingInput(new ByteArrayInputStream(archive));
        ByteArrayOutputStream copy = new ByteArrayOutputStream(archive.length);
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(compressed, StandardCharsets.UTF_8.name(), true,
                true); ZipOutputStream out = new ZipOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw PolicyRejectedException.because("problem.spreadsheet.too-many-parts", MAX_ENTRIES);
                }
                if (!zip.canReadEntryData(entry)) {
                    throw PolicyRejectedException.because("problem.spreadsheet.unreadable");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                OutputStream target = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")
                        ? new TextRunLimiter(out, MAX_TEXT_RUN) : out;
                long entryBytes = 0;
                long entryStart = compressed.count;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    entryBytes += read;
                    total += read;
                    if (entryBytes > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw PolicyRejectedException.because("problem.spreadsheet.too-large-unpacked",
                                MAX_ENTRY_BYTES / (1024 * 1024));
                    }
                    if (bombLike(entryBytes, compressed.count - entryStart) || bombLike(total, compressed.count)) {
                        throw PolicyRejectedException.because("problem.spreadsheet.compression", MAX_RATIO);
                    }
                    target.write(buffer, 0, read);
                }
                target.flush();
                out.closeEntry();
            }
            if (entries == 0) {
                throw PolicyRejectedException.because("problem.spreadsheet.unreadable");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw PolicyRejectedException.because("problem.spreadsheet.unreadable");
        }
        return copy.toByteArray();
    }

    /** The input stream reads ahead in blocks, hence the slack on the compressed side. */
    private static boolean bombLike(long unpacked, long compressedSoFar) {
        return unpacked > RATIO_FREE_BYTES && unpacked > MAX_RATIO * (compressedSoFar + 1024);
    }

    private static final class CountingInput extends FilterInputStream {

        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /**
     * Passes XML through, dropping the bytes of a text run beyond the limit until the next tag. The cut waits for
     * the end of a character reference ({@code &amp;}) or of a UTF-8 sequence so the XML stays well-formed.
     */
    static final class TextRunLimiter extends OutputStream {

        private static final int GRACE = 16;
        private final OutputStream out;
        private final int limit;
        private long run;
        private boolean inReference;
        private int continuationBytes;
        private boolean cutting;

        TextRunLimiter(OutputStream out, int limit) {
            this.out = new BufferedOutputStream(out, 64 * 1024);
            this.limit = limit;
        }

        @Override
        public void write(int value) throws IOException {
            int b = value & 0xFF;
            if (b == '<') {
                run = 0;
                cutting = false;
                inReference = false;
                continuationBytes = 0;
                out.write(b);
                return;
            }
            run++;
            if (!cutting && run > limit && ((!inReference && continuationBytes == 0) || run > limit + GRACE)) {
                cutting = true;
            }
            if (cutting) {
                return;
            }
            track(b);
            out.write(b);
        }

        private void track(int b) {
            if (continuationBytes > 0 && (b & 0xC0) == 0x80) {
                continuationBytes--;
                return;
            }
            continuationBytes = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : 0;
            if (b == '&') {
                inReference = true;
            } else if (b == ';') {
                inReference = false;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}

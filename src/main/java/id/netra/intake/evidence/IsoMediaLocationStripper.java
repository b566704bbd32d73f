// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the recording place from an MP4, MOV or 3GP file in place. Phones write it in three ways, all handled:
 * <ul>
 * <li>a {@code ©xyz} box in {@code udta} (ISO 6709 text such as {@code +48.8577+002.2950/}), and the ISO {@code loci}
 * box, both turned into {@code free} boxes with their content zeroed;</li>
 * <li>QuickTime metadata: a {@code keys} box naming {@code com.apple.quicktime.location.ISO6709} (and the other
 * {@code com.apple.quicktime.location.*} keys) whose value sits in the matching {@code ilst} item: the value bytes
 * are zeroed;</li>
 * <li>XMP packets ({@code XMP_} box, or {@code uuid} with the XMP identifier), which can carry GPS too: neutered.</li>
 * </ul>
 * Only metadata bytes change and no box changes size, so every offset in the file ({@code stco}, {@code co64}) stays
 * valid and the video plays as before. No sample is decoded.
 */
final class IsoMediaLocationStripper {

    /** Boxes whose children are walked. {@code meta} is handled in both its ISO (full box) and QuickTime forms. */
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "udta", "meta", "ilst", "mdia", "minf",
            "moof", "traf", "edts");
    private static final Set<String> LOCATION_BOXES = Set.of("\u00a9xyz", "loci", "XMP_");
    private static final byte[] XMP_UUID = {(byte) 0xBE, 0x7A, (byte) 0xCF, (byte) 0xCB, (byte) 0x97, (byte) 0xA9,
        0x42, (byte) 0xE8, (byte) 0x9C, 0x71, (byte) 0x99, (byte) 0x94, (byte) 0x91, (byte) 0xE3, (byte) 0xAF,
        (byte) 0xAC};
    private static final String LOCATION_KEY_PREFIX = "com.apple.quicktime.location";
    private static final int MAX_DEPTH = 16;

    private IsoMediaLocationStripper() {
    }

    /** @return how many location records were removed; {@link CorruptEvidenceException} if the box tree is broken */
    static int strip(Path file) throws IOException {
        try (RandomAccessFile media = new RandomAccessFile(file.toFile(), "rw")) {
            Stripper stripper = new Stripper(media);
            stripper.walk(0, media.length(), 0);
            return stripper.records;
        }
    }

    /** @return the location records still holding something (0 after {@link #strip}); used to fail closed */
    static int remaining(Path file) throws IOException {
        try (RandomAccessFile media = new RandomAccessFile(file.toFile(), "r")) {
            Counter counter = new Counter(media);
            counter.walk(0, media.length(), 0);
            return counter.records;
        }
    }

    private record Box(long start, long headerSize, long end, String type) {

        long contentStart() {
            return start + headerSize;
        }
    }

    /** Walks the tree; what happens to a location record is decided by the subclass. */
    private abstract static class Walker {

        final RandomAccessFile media;

        Walker(RandomAccessFile media) {
            this.media = media;
        }

        abstract void neuter(Box box) throws IOException;

        abstract void zero(long from, long to) throws IOException;

        /** Location records handled (stripped, or found still holding something when counting). */
        int records;

        void walk(long start, long end, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new CorruptEvidenceException("boxes nested too deep");
            }
            List<String> keys = siblingKeys(start, end);
            long position = start;
            while (position + 8 <= end) {
                Box box = read(position, end);
                if (LOCATION_BOXES.contains(box.type()) || "uuid".equals(box.type()) && isXmp(box)) {
                    neuter(box);
                } else if ("ilst".equals(box.type()) && keys != null) {
                    locationValues(box, keys);
                    walk(box.contentStart(), box.end(), depth + 1);
                } else if (CONTAINERS.contains(box.type())) {
                    walk(childrenStart(box), box.end(), depth + 1);
                }
                position = box.end();
            }
        }

        /** The key names of a {@code keys} box among these siblings, whether it comes before {@code ilst} or not. */
        private List<String> siblingKeys(long start, long end) throws IOException {
            for (long position = start; position + 8 <= end; ) {
                Box box = read(position, end);
                if ("keys".equals(box.type())) {
                    return keys(box);
                }
                position = box.end();
            }
            return null;
        }

        private Box read(long position, long end) throws IOException {
            media.seek(position);
            long size = Integer.toUnsignedLong(media.readInt());
            byte[] type = new byte[4];
            media.readFully(type);
            long header = 8;
            if (size == 1) {
                size = media.readLong();
                header = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < header || position + size > end) {
                throw new CorruptEvidenceException("box outside its parent");
            }
            return new Box(position, header, position + size, new String(type, StandardCharsets.ISO_8859_1));
        }

        /** ISO {@code meta} is a full box (4 bytes of version and flags first); QuickTime's starts with a child. */
        private long childrenStart(Box box) throws IOException {
            if (!"meta".equals(box.type()) || box.end() - box.contentStart() < 12) {
                return box.contentStart();
            }
            media.seek(box.contentStart() + 4);
            byte[] type = new byte[4];
            media.readFully(type);
            boolean quickTime = "hdlr".equals(new String(type, StandardCharsets.ISO_8859_1));
            return quickTime ? box.contentStart() : box.contentStart() + 4;
        }

        private boolean isXmp(Box box) throws IOException {
            if (box.end() - box.contentStart() < 16) {
                return false;
            }
            media.seek(box.contentStart());
            byte[] uuid = new byte[16];
            media.readFully(uuid);
            return Arrays.equals(uuid, XMP_UUID);
        }

        /** {@code keys}: version/flags, count, then {size, namespace, name} per key; item types in ilst are 1-based. */
        private List<String> keys(Box box) throws IOException {
            List<String> names = new ArrayList<>();
            media.seek(box.contentStart() + 4);
            long count = Integer.toUnsignedLong(media.readInt());
            long position = box.contentStart() + 8;
            for (long i = 0; i < count && position + 8 <= box.end(); i++) {
                media.seek(position);
                long size = Integer.toUnsignedLong(media.readInt());
                if (size < 8 || position + size > box.end()) {
                    throw new CorruptEvidenceException("key outside its box");
                }
                byte[] name = new byte[(int) Math.min(size - 8, 1024)];
                media.seek(position + 8);
                media.readFully(name);
                names.add(new String(name, StandardCharsets.UTF_8));
                position += size;
            }
            return names;
        }

        /** Zeroes the value of every ilst item whose key is a location key; the item and its data box remain. */
        private void locationValues(Box ilst, List<String> keys) throws IOException {
            long position = ilst.contentStart();
            while (position + 8 <= ilst.end()) {
                Box item = read(position, ilst.end());
                media.seek(item.start() + 4);
                long index = Integer.toUnsignedLong(media.readInt());
                if (index >= 1 && index <= keys.size()
                        && keys.get((int) index - 1).toLowerCase(Locale.ROOT).startsWith(LOCATION_KEY_PREFIX)) {
                    dataValues(item);
                }
                position = item.end();
            }
        }

        private void dataValues(Box item) throws IOException {
            long position = item.contentStart();
            while (position + 8 <= item.end()) {
                Box data = read(position, item.end());
                if ("data".equals(data.type()) && data.end() - data.contentStart() > 8) {
                    zero(data.contentStart() + 8, data.end());
                }
                position = data.end();
            }
        }
    }

    private static final class Stripper extends Walker {

        Stripper(RandomAccessFile media) {
            super(media);
        }

        @Override
        void neuter(Box box) throws IOException {
            clear(box.contentStart(), box.end());
            media.seek(box.start() + 4);
            media.write("free".getBytes(StandardCharsets.ISO_8859_1));
            records++;
        }

        @Override
        void zero(long from, long to) throws IOException {
            clear(from, to);
            records++;
        }

        private void clear(long from, long to) throws IOException {
            byte[] zeros = new byte[64 * 1024];
            media.seek(from);
            for (long left = to - from; left > 0; left -= zeros.length) {
                media.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        }
    }

    /** Counts location records that still hold something: a box still named as one, or a value not all zero. */
    private static final class Counter extends Walker {

        Counter(RandomAccessFile media) {
            super(media);
        }

        @Override
        void neuter(Box box) {
            records++;
        }

        @Override
        void zero(long from, long to) throws IOException {
            media.seek(from);
            byte[] buffer = new byte[(int) Math.min(to - from, 64 * 1024)];
            media.readFully(buffer);
            for (byte b : buffer) {
                if (b != 0) {
                    records++;
                    return;
                }
            }
        }
    }
}

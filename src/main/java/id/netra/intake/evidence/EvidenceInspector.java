// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import static id.netra.shared.PolicyRejectedException.Kind.RULE;
import static id.netra.shared.PolicyRejectedException.Kind.TOO_LARGE;
import static id.netra.shared.PolicyRejectedException.Kind.UNSUPPORTED_TYPE;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * Takes one upload into custody, streaming it once: the SHA-256 is computed while the bytes are written to a temporary
 * file, the size limit is enforced while reading, the type is detected from the content (never from the name), and
 * images are cleaned of metadata into a second file whose hash is kept too. Nothing reaches the database here.
 */
public final class EvidenceInspector {

    /** The field a refused upload is reported at, in the API and on the forms. */
    public static final String FIELD = "files";

    private static final List<Class<? extends Directory>> IDENTIFYING = List.of(GpsDirectory.class,
            ExifIFD0Directory.class, ExifSubIFDDirectory.class, XmpDirectory.class, IptcDirectory.class);

    private final Tika tika = new Tika();
    private final Path incoming;
    private final long maxBytes;
    private final long maxPixels;

    EvidenceInspector(Path incoming, long maxBytes, long maxPixels) {
        this.incoming = incoming;
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * An upload refused: a rule (empty, corrupt, identifying metadata left, too many pixels), its size or its type,
     * reported at {@value #FIELD}.
     */
    static PolicyRejectedException refused(PolicyRejectedException.Kind kind, String messageKey, Object... args) {
        return new PolicyRejectedException(kind,
                new Decision.Rejected(List.of(Decision.Reason.ofField(FIELD, messageKey, args))), null);
    }

    /** Whether a rejection is about the uploaded files (a page shows it at its file input). */
    public static boolean aboutFiles(PolicyRejectedException e) {
        return FIELD.equals(e.rejection().first().field());
    }

    /**
     * The inspected file, or a {@link PolicyRejectedException} at {@value #FIELD} (see {@link #refused}); temporary
     * files are removed on refusal.
     */
    public InspectedEvidence inspect(InputStream upload, String uploadedName) throws IOException {
        String displayName = FileNames.display(uploadedName);
        Path original = Files.createTempFile(incoming, "upload-", ".bin");
        try {
            String originalHash = copyHashed(upload, original, displayName);
            String mediaType = detect(original);
            if (!EvidenceTypes.accepted(mediaType)) {
                throw refused(UNSUPPORTED_TYPE, "intake.evidence.type-refused", displayName, mediaType,
                        EvidenceTypes.ACCEPTED_LIST).withProperty("detectedType", mediaType);
            }
            if (EvidenceTypes.isIsoMedia(mediaType)) {
                return withoutLocation(original, displayName, mediaType, originalHash);
            }
            MetadataStripper stripper = EvidenceTypes.stripperFor(mediaType).orElse(null);
            if (stripper == null) {
                return new InspectedEvidence(original, displayName, mediaType, Files.size(original), originalHash,
                        originalHash, false);
            }
            Path cleaned = Files.createTempFile(incoming, "clean-", ".bin");
            try {
                String cleanedHash = strip(stripper, original, cleaned, displayName);
                requireNoIdentifyingMetadata(cleaned, displayName);
                Files.delete(original);
                return new InspectedEvidence(cleaned, displayName, mediaType, Files.size(cleaned), originalHash,
                        cleanedHash, true);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(cleaned);
                throw e;
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(original);
            throw e;
        }
    }

    /**
     * Videos keep every byte but their recording place ({@link IsoMediaLocationStripper}); like photos, both the
     * original's hash and the kept file's hash are recorded. Fails closed if a location record survives.
     */
    private InspectedEvidence withoutLocation(Path original, String displayName, String mediaType,
            String originalHash) throws IOException {
        Path cleaned = Files.createTempFile(incoming, "clean-", ".bin");
        try {
            Files.copy(original, cleaned, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                IsoMediaLocationStripper.strip(cleaned);
                if (IsoMediaLocationStripper.remaining(cleaned) > 0) {
                    throw refused(RULE, "intake.evidence.metadata-left", displayName);
                }
            } catch (CorruptEvidenceException | java.io.EOFException e) {
                throw refused(RULE, "intake.evidence.corrupt", displayName);
            }
            String cleanedHash = hash(cleaned);
            Files.delete(original);
            return new InspectedEvidence(cleaned, displayName, mediaType, Files.size(cleaned), originalHash,
                    cleanedHash, true);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(cleaned);
            throw e;
        }
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String copyHashed(InputStream upload, Path target, String displayName) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(upload, digest); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw refused(TOO_LARGE, "intake.evidence.too-large", displayName,
                            maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw refused(RULE, "intake.evidence.empty", displayName);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String detected = tika.detect(in);
            MediaType type = MediaType.parse(detected);
            return type == null ? detected : type.getBaseType().toString();
        }
    }

    private String strip(MetadataStripper stripper, Path original, Path cleaned, String displayName)
            throws IOException {
        MessageDigest digest = sha256();
        ImageSize size;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(original));
                OutputStream out = new java.security.DigestOutputStream(
                        new java.io.BufferedOutputStream(Files.newOutputStream(cleaned)), digest)) {
            size = stripper.strip(in, out);
        } catch (CorruptEvidenceException e) {
            throw refused(RULE, "intake.evidence.corrupt", displayName);
        }
        if (size.width() <= 0 || size.height() <= 0 || size.pixels() > maxPixels) {
            throw refused(RULE, "intake.evidence.dimensions", displayName,
                    size.width(), size.height(), maxPixels / 1_000_000);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Fails closed: if a reader still finds location, camera or author data, the image is not kept. */
    private static void requireNoIdentifyingMetadata(Path cleaned, String displayName) throws IOException {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(cleaned.toFile());
        } catch (ImageProcessingException | RuntimeException e) {
            throw refused(RULE, "intake.evidence.corrupt", displayName);
        }
        for (Class<? extends Directory> type : IDENTIFYING) {
            if (metadata.containsDirectoryOfType(type)) {
                throw refused(RULE, "intake.evidence.metadata-left", displayName);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

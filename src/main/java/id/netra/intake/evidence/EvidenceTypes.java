// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which detected content types are accepted as evidence, and how images of each type are cleaned. Photos, PDF
 * documents and the video formats phones record. HEIC is refused for now: its Exif sits inside an ISO media box
 * structure this module does not rewrite, and phones' browsers convert HEIC to JPEG when a web form asks for images.
 */
final class EvidenceTypes {

    private static final Map<String, MetadataStripper> IMAGES = Map.of(
            "image/jpeg", new JpegStripper(),
            "image/png", new PngStripper(),
            "image/webp", new WebpStripper());

    private static final Set<String> DOCUMENTS_AND_VIDEOS = Set.of("application/pdf", "video/mp4",
            "video/quicktime", "video/webm", "video/3gpp");

    private static final Set<String> ISO_MEDIA = Set.of("video/mp4", "video/quicktime", "video/3gpp");

    /** Shown to the reporter when a type is refused. */
    static final String ACCEPTED_LIST = "JPEG, PNG, WebP, PDF, MP4, MOV, WebM, 3GP";

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp", "application/pdf", "pdf", "video/mp4", "mp4", "video/quicktime", "mov",
            "video/webm", "webm", "video/3gpp", "3gp");

    private EvidenceTypes() {
    }

    /** The usual file extension of an accepted type, for the neutral names reporters' files are given. */
    static String extension(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, "bin");
    }

    static boolean accepted(String mediaType) {
        return IMAGES.containsKey(mediaType) || DOCUMENTS_AND_VIDEOS.contains(mediaType);
    }

    /** The ISO base media formats (MP4, MOV, 3GP): their location metadata is removed in place. */
    static boolean isIsoMedia(String mediaType) {
        return ISO_MEDIA.contains(mediaType);
    }

    static Optional<MetadataStripper> stripperFor(String mediaType) {
        return Optional.ofNullable(IMAGES.get(mediaType));
    }
}

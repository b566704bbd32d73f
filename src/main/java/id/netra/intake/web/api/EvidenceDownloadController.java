// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.identity.CurrentUserProvider;
import id.netra.intake.handling.EvidenceDownloads;
import java.io.IOException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence bytes for handlers, over the API and the UI alike; every call is audited by {@link EvidenceDownloads}.
 * Served as an attachment unless viewing inline is asked for, never sniffed, with the stored hash as Repr-Digest.
 */
@RestController
class EvidenceDownloadController {

    private final CurrentUserProvider users;
    private final EvidenceDownloads downloads;

    EvidenceDownloadController(CurrentUserProvider users, EvidenceDownloads downloads) {
        this.users = users;
        this.downloads = downloads;
    }

    @GetMapping({"/api/v1/reports/{reportId}/evidence/{evidenceId}", "/intake/reports/{reportId}/evidence/{evidenceId}"})
    ResponseEntity<InputStreamResource> download(@PathVariable UUID reportId, @PathVariable UUID evidenceId,
            @RequestParam(defaultValue = "false") boolean inline) throws IOException {
        EvidenceDownloads.Download download = downloads.open(users.require(), reportId, evidenceId, inline);
        return serve(download, inline);
    }

    /**
     * An image evidence file shown as a preview on the case and report pages: same scope checks and audit as the
     * download, inline, only for JPEG, PNG, WebP and GIF (anything else is not found here). Never cached by a shared
     * cache, never public.
     */
    @GetMapping("/intake/reports/{reportId}/evidence/{evidenceId}/preview")
    ResponseEntity<InputStreamResource> preview(@PathVariable UUID reportId, @PathVariable UUID evidenceId)
            throws IOException {
        return serve(downloads.preview(users.require(), reportId, evidenceId), true);
    }

    private static ResponseEntity<InputStreamResource> serve(EvidenceDownloads.Download download, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(download.record().displayName(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.record().mediaType()))
                .contentLength(download.record().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(download.record().sha256Stored())) + ":")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(download.content()));
    }
}

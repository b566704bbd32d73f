// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchors kept outside the database: one JSON file per anchor in {@code netra.audit.anchor.dir} (default
 * {@code ./data/audit/anchors}), named so that the newest sorts last, and optionally each one POSTed as JSON to
 * {@code netra.audit.anchor.sink-url} (for example a log collector or a notary service run by someone else). A sink
 * that fails is logged and retried with the next anchor; the file is what verification reads.
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
    private static final String PREFIX = "anchor-";

    private final Path directory;
    private final String sinkUrl;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AuditAnchors(@Value("${netra.audit.anchor.dir:./data/audit/anchors}") Path directory,
            @Value("${netra.audit.anchor.sink-url:}") String sinkUrl, JsonMapper json) {
        this.directory = directory;
        this.sinkUrl = sinkUrl;
        this.json = json;
    }

    /** The anchor with the highest sequence number (the newest among equals), if any was written. */
    Optional<AuditAnchor> latest() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                            && file.getFileName().toString().endsWith(".json"))
                    .max(Comparator.comparing(file -> file.getFileName().toString()))
                    .map(this::read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the audit anchors in " + directory, e);
        }
    }

    void write(AuditAnchor anchor) {
        String body = json.writeValueAsString(anchor);
        try {
            Files.createDirectories(directory);
            String name = String.format("%s%019d-%019d.json", PREFIX, anchor.sequence(),
                    anchor.anchoredAt().toEpochMilli());
            Path temporary = Files.createTempFile(directory, "writing-", ".tmp");
            Files.writeString(temporary, body);
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit anchor to " + directory, e);
        }
        send(body);
    }

    private void send(String body) {
        if (!StringUtils.hasText(sinkUrl)) {
            return;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(sinkUrl))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                log.warn("The audit anchor sink answered {}; the anchor is kept in {}", response.statusCode(),
                        directory);
            }
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Could not send the audit anchor to its sink ({}); it is kept in {}", e.getMessage(), directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AuditAnchor read(Path file) {
        try {
            return json.readValue(Files.readString(file), AuditAnchor.class);
        } catch (IOException | RuntimeException e) {
            // an unreadable anchor counts as a forged one, rather than as no anchor at all
            log.warn("Unreadable audit anchor {}: {}", file, e.getMessage());
            return new AuditAnchor(0, "", java.time.Instant.EPOCH, "");
        }
    }
}

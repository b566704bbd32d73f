// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps;

import id.netra.shared.AuditEvent;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import id.netra.shared.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The province boundaries every map is drawn from: the newest file an administrator uploaded, or else the file
 * shipped with Netra. An upload is checked like the shipped file (every province once, matched by name), stored with
 * its credit line and SHA-256, and audited; the maps switch to it without a restart.
 */
@Service
public class BoundaryFiles {

    static final String SHIPPED = "maps/indonesia-38-provinces.geojson";
    static final String SHIPPED_CREDIT = "Indonesia GeoJSON & TopoJSON Maps (38 Provinces), CC BY 4.0";
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The boundaries in use and where they came from. */
    public record InUse(String geoJson, String attribution, String fileName, Instant uploadedAt, String uploadedBy,
            boolean shipped) {
    }

    /** One upload in the history, for the admin page. */
    public record Upload(long id, String fileName, String sha256, String attribution, int features, Instant uploadedAt,
            String uploadedBy) {
    }

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher audit;
    private final Clock clock;
    private final AtomicReference<InUse> cache = new AtomicReference<>();

    BoundaryFiles(JdbcClient jdbc, RegionDirectory regions, ApplicationEventPublisher audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public InUse inUse() {
        InUse current = cache.get();
        if (current == null) {
            current = load();
            cache.set(current);
        }
        return current;
    }

    public List<Upload> uploads() {
        return jdbc.sql("""
                select id, file_name, sha256, attribution, features, uploaded_at, uploaded_by
                  from analytics.boundary_file order by id desc""")
                .query((rs, row) -> new Upload(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                        rs.getString("attribution"), rs.getInt("features"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
                .list();
    }

    /** Checks and stores a replacement; throws {@code PolicyRejectedException} with every reason it is refused. */
    @Transactional
    public Upload replace(String fileName, byte[] content, String attribution, String actor) {
        String name = fileName == null || fileName.isBlank() ? "batas-provinsi.geojson" : fileName.trim();
        Decision.all(
                Decision.when(content != null && content.length > 0, "analytics.map.boundary.empty"),
                Decision.when(content == null || content.length <= MAX_BYTES, "analytics.map.boundary.too-large",
                        MAX_BYTES / (1024 * 1024)),
                attribution == null || attribution.isBlank()
                        ? Decision.rejectField("attribution", "analytics.map.boundary.attribution")
                        : Decision.allow())
                .orThrow();
        BoundaryCheck.Result result = BoundaryCheck.check(content, regions.byLevel(RegionLevel.PROVINCE));
        result.decision().orThrow();
        String sha256 = sha256(content);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into analytics.boundary_file (file_name, sha256, attribution, geojson, features, uploaded_at,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, sha256, attribution.trim(), result.normalisedGeoJson(), result.features(),
                        Timestamp.from(now), actor)
                .query(Long.class).single();
        audit.publishEvent(new AuditEvent("map.boundaries-replaced", "boundary-file", Long.toString(id), actor,
                "file=" + name + " sha256=" + sha256 + " features=" + result.features()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.set(null);
                }
            });
        } else {
            cache.set(null);
        }
        return new Upload(id, name, sha256, attribution.trim(), result.features(), now, actor);
    }

    private InUse load() {
        return jdbc.sql("""
                select file_name, attribution, geojson, uploaded_at, uploaded_by
                  from analytics.boundary_file order by id desc limit 1""")
                .query((rs, row) -> new InUse(rs.getString("geojson"), rs.getString("attribution"),
                        rs.getString("file_name"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by"), false))
                .optional()
                .orElseGet(this::shipped);
    }

    private InUse shipped() {
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            BoundaryCheck.Result result = BoundaryCheck.check(in.readAllBytes(), regions.byLevel(RegionLevel.PROVINCE));
            if (result.decision().rejected()) {
                throw new IllegalStateException("the shipped boundary file no longer matches the reference provinces: "
                        + result.decision().reasons());
            }
            return new InUse(result.normalisedGeoJson(), SHIPPED_CREDIT, "indonesia-38-provinces.geojson", null,
                    null, true);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped boundary file cannot be read", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}

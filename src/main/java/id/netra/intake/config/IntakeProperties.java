// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the intake module ({@code netra.intake.*}).
 *
 * @param identityKey base64 AES-256 key that seals reporter identities; the dev key in application.properties must
 *     be replaced in production (the prod profile reads {@code NETRA_INTAKE_IDENTITY_KEY})
 * @param identityKeyId short name stored beside every ciphertext so that a rotated key can still open old rows
 * @param identityOldKeys retired keys by id, kept for decryption only
 * @param receiptLookupKey base64 HMAC-SHA256 key for the receipt lookup tag
 * @param receiptLookupKeyId name stored beside every tag
 * @param receiptLookupOldKeys retired lookup keys by id; a lookup tries each of them
 * @param receiptHashIterations PBKDF2-HMAC-SHA256 iterations of the slow receipt hash
 * @param evidenceDir root of the content-addressed evidence store
 * @param maxEvidenceSize largest accepted evidence file
 * @param maxImagePixels largest accepted image area (width x height), checked from the header before any decoding
 * @param maxJsonBody largest accepted JSON body on the public endpoints
 * @param duplicateSimilarity pg_trgm similarity from which two descriptions count as near-identical
 * @param duplicateWindowDays descriptions are compared only between reports of the same election and region
 *     received at most this many days apart
 * @param duplicateWindowReports and, when a flood fills that window, only with this many reports received closest
 *     before and as many after: the search's cost then depends on neither the table's nor the flood's size
 */
@ConfigurationProperties("netra.intake")
public record IntakeProperties(
        String identityKey,
        @DefaultValue("dev") String identityKeyId,
        @DefaultValue Map<String, String> identityOldKeys,
        String receiptLookupKey,
        @DefaultValue("dev") String receiptLookupKeyId,
        @DefaultValue Map<String, String> receiptLookupOldKeys,
        @DefaultValue("1000") int receiptHashIterations,
        @DefaultValue("./data/evidence") Path evidenceDir,
        @DefaultValue("25MB") DataSize maxEvidenceSize,
        @DefaultValue("40000000") long maxImagePixels,
        @DefaultValue("256KB") DataSize maxJsonBody,
        @DefaultValue("0.6") double duplicateSimilarity,
        @DefaultValue("30") int duplicateWindowDays,
        @DefaultValue("500") int duplicateWindowReports,
        @DefaultValue RateLimits rateLimit) {

    /** Per-client-IP limits; tests and the benchmark raise them. */
    public record RateLimits(
            @DefaultValue("10") int submissions,
            @DefaultValue("10m") Duration submissionsPeriod,
            @DefaultValue("30") int receiptLookups,
            @DefaultValue("10m") Duration receiptLookupsPeriod) {
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The canonical form of an audit entry and its SHA-256. The form is versioned and unambiguous: every field is written
 * as its UTF-8 byte length, a colon, the value and a newline ({@code ~} and a newline for null), so no two different
 * entries share a form. Anyone can re-check an exported log with this description alone:
 *
 * <pre>
 * netra-audit-v1\n
 * field(sequence number in decimal) field(occurred at, ISO-8601 instant in UTC, microsecond precision)
 * field(action) field(subject type) field(subject id) field(actor) field(details) field(previous hash, 64 hex)
 * hash = lower-case hex SHA-256 of the UTF-8 bytes of the form
 * </pre>
 * That is version 1, kept for entries written before the chain was keyed. Version 2 ({@link #keyedHash}) writes
 * {@code netra-audit-v2} as the first line and the same fields, and the hash is the lower-case hex HMAC-SHA256 of the
 * form under the {@link AuditChainKey}, so re-checking it needs the key. Which entries use which version is fixed by
 * the {@link ChainSeal}.
 */
public final class AuditHashing {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "netra-audit-v1\n";
    private static final String KEYED_VERSION = "netra-audit-v2\n";

    private AuditHashing() {
    }

    public static String hash(long sequenceNumber, Instant occurredAt, String action, String subjectType,
            String subjectId, String actor, String details, String previousHash) {
        return sha256(canonicalForm(sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash));
    }

    /** Version 2: the same form under its own version line, hashed with HMAC-SHA256 under the chain key. */
    public static String keyedHash(AuditChainKey key, long sequenceNumber, Instant occurredAt, String action,
            String subjectType, String subjectId, String actor, String details, String previousHash) {
        return key.mac(form(KEYED_VERSION, sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash));
    }

    static String canonicalForm(long sequenceNumber, Instant occurredAt, String action, String subjectType,
            String subjectId, String actor, String details, String previousHash) {
        return form(VERSION, sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash);
    }

    private static String form(String version, long sequenceNumber, Instant occurredAt, String action,
            String subjectType, String subjectId, String actor, String details, String previousHash) {
        StringBuilder form = new StringBuilder(version);
        for (String field : new String[] {Long.toString(sequenceNumber), occurredAt.toString(), action, subjectType,
                subjectId, actor, details, previousHash}) {
            if (field == null) {
                form.append("~\n");
            } else {
                form.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
            }
        }
        return form.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

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
 */
public final class AuditHashing {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "netra-audit-v1\n";

    private AuditHashing() {
    }

    public static String hash(long sequenceNumber, Instant occurredAt, String action, String subjectType,
            String subjectId, String actor, String details, String previousHash) {
        return sha256(canonicalForm(sequenceNumber, occurredAt, action, subjectType, subjectId, actor, details,
                previousHash));
    }

    static String canonicalForm(long sequenceNumber, Instant occurredAt, String action, String subjectType,
            String subjectId, String actor, String details, String previousHash) {
        StringBuilder form = new StringBuilder(VERSION);
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

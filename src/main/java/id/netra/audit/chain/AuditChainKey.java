// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain (HMAC-SHA256). It lives outside the database, in the environment or a file,
 * so whoever can only reach the database cannot compute the hash of an entry they changed. See
 * {@link AuditChainKeyConfiguration} for where it comes from.
 */
public final class AuditChainKey {

    static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    AuditChainKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("the audit chain key needs at least " + MIN_BYTES + " bytes, has "
                    + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 text. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Constant-time comparison of a stored MAC with the expected one. */
    static boolean same(String expected, String stored) {
        return stored != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                stored.trim().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AuditChainKey[secret]";
    }
}

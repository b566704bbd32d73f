// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import id.netra.intake.config.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Two one-way forms of a receipt. The lookup tag (HMAC-SHA256 under a server key) is deterministic so the database
 * can index it; without the key a stolen table gives nothing to guess against. The PBKDF2 hash (random salt, slow) is
 * what proves the receipt, so even a stolen table plus key leaves each of the 10^16 receipts expensive to find.
 */
public final class ReceiptCodec {

    private final SecretKeys lookupKeys;
    private final Pbkdf2PasswordEncoder slowHash;

    public ReceiptCodec(SecretKeys lookupKeys, int iterations) {
        this.lookupKeys = lookupKeys;
        this.slowHash = new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    public String currentKeyId() {
        return lookupKeys.currentId();
    }

    public String tag(Receipt receipt) {
        return tag(receipt, lookupKeys.current());
    }

    /** The tag under every configured key, current and retired, by key id: a lookup must find receipts of both. */
    public Map<String, String> tagsUnderEveryKey(Receipt receipt) {
        Map<String, String> tags = new LinkedHashMap<>();
        lookupKeys.keys().forEach((id, key) -> tags.put(id, tag(receipt, key)));
        return tags;
    }

    public String slowHash(Receipt receipt) {
        return slowHash.encode(receipt.digits());
    }

    public boolean matches(Receipt receipt, String storedHash) {
        return slowHash.matches(receipt.digits(), storedHash);
    }

    private static String tag(Receipt receipt, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(receipt.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

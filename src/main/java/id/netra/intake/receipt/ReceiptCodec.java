// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import id.netra.intake.config.SecretKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Two one-way forms of a receipt. The lookup tag (HMAC-SHA256 under a server key) is deterministic so the database
 * can index it; without the key a stolen table gives nothing to guess against. The PBKDF2 hash (random salt, slow) is
 * what proves the receipt, so even a stolen table plus key leaves each of the 10^16 receipts expensive to find.
 * <p>
 * A stored hash names its own cost ({@code pbkdf2-sha256$<iterations>$<salt and hash>}), so the configured
 * iteration count can change without locking out the reporters who already hold a receipt. Hashes written before
 * that format existed have no prefix and were made with {@value #LEGACY_ITERATIONS} iterations.
 */
public final class ReceiptCodec {

    static final int LEGACY_ITERATIONS = 10_000;
    private static final String PREFIX = "pbkdf2-sha256$";
    /** Hex of a 16-byte salt followed by the 32-byte PBKDF2-HMAC-SHA256 output. */
    private static final int SALT_AND_HASH_HEX_LENGTH = (16 + 32) * 2;

    private final SecretKeys lookupKeys;
    private final int iterations;
    private final Map<Integer, Pbkdf2PasswordEncoder> encoders = new ConcurrentHashMap<>();

    public ReceiptCodec(SecretKeys lookupKeys, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("receipt hash iterations must be at least 1, was " + iterations);
        }
        this.lookupKeys = lookupKeys;
        this.iterations = iterations;
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
        return PREFIX + iterations + "$" + encoder(iterations).encode(receipt.digits());
    }

    public boolean matches(Receipt receipt, String storedHash) {
        if (!storedHash.startsWith(PREFIX)) {
            return matches(receipt, LEGACY_ITERATIONS, storedHash);
        }
        int costEnd = storedHash.indexOf('$', PREFIX.length());
        if (costEnd < 0) {
            return false;
        }
        int cost;
        try {
            cost = Integer.parseInt(storedHash.substring(PREFIX.length(), costEnd));
        } catch (NumberFormatException e) {
            return false;
        }
        return cost > 0 && matches(receipt, cost, storedHash.substring(costEnd + 1));
    }

    private boolean matches(Receipt receipt, int cost, String saltAndHash) {
        return saltAndHash.length() == SALT_AND_HASH_HEX_LENGTH
                && saltAndHash.chars().allMatch(c -> Character.digit(c, 16) >= 0)
                && encoder(cost).matches(receipt.digits(), saltAndHash);
    }

    private Pbkdf2PasswordEncoder encoder(int cost) {
        return encoders.computeIfAbsent(cost, c -> new Pbkdf2PasswordEncoder("", 16, c,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256));
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

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes token secrets and hashes them. A secret is {@code netra_} and 32 bytes (256 bits) from {@link SecureRandom}
 * in URL-safe Base64, 49 characters in all. It is stored as its SHA-256 hash: with 256 random bits there is nothing to
 * guess, so a fast hash loses nothing against a slow one such as bcrypt, which would instead spend tens of
 * milliseconds of CPU on every API request.
 */
final class ApiTokenSecrets {

    static final String MARK = "netra_";
    static final int PREFIX_LENGTH = MARK.length() + 8;
    private static final int RANDOM_BYTES = 32;
    static final int LENGTH = MARK.length() + 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The part shown in lists: not enough to use the token, enough to tell it from the owner's others. */
    static String prefix(String secret) {
        return secret.substring(0, PREFIX_LENGTH);
    }

    /** Whether a presented string could be a token at all; anything else is refused without a database read. */
    static boolean wellFormed(String presented) {
        if (presented == null || presented.length() != LENGTH || !presented.startsWith(MARK)) {
            return false;
        }
        for (int i = MARK.length(); i < presented.length(); i++) {
            char c = presented.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

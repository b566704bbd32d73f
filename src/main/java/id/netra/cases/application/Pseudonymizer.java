// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for analysts: the same civil servant (same NIP, or the same reported person when there is no
 * NIP) always gets the same {@code ASN-…} label, which cannot be reversed without the secret key. A keyed hash
 * rather than a plain one, because 18-digit NIPs with embedded birth dates are easy to enumerate.
 */
@Component
public class Pseudonymizer {

    private final SecretKeySpec key;

    public Pseudonymizer(CasesProperties properties) {
        this.key = new SecretKeySpec(properties.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String pseudonym(String nip, UUID personId) {
        String subject = nip != null && !nip.isBlank() ? "nip:" + nip.strip() : "person:" + personId;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return "ASN-" + HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

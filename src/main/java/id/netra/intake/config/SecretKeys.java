// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.config;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named current key plus retired keys kept for reading old data. Rotation: configure a new key under a new id,
 * move the previous one to the old-keys map, restart. New data is sealed with the current key; old data still opens.
 *
 * @param currentId id stored beside everything the current key produces
 * @param keys every usable key by id, the current one first
 */
public record SecretKeys(String currentId, Map<String, byte[]> keys) {

    public static final int KEY_BYTES = 32;

    public SecretKeys {
        keys = Map.copyOf(keys);
    }

    /** Decodes base64 keys; a missing or short key stops the application at start rather than at the first report. */
    public static SecretKeys decode(String name, String currentId, String currentKey, Map<String, String> oldKeys) {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        decoded.put(currentId, decodeOne(name, currentId, currentKey));
        oldKeys.forEach((id, key) -> {
            if (!id.equals(currentId)) {
                decoded.put(id, decodeOne(name, id, key));
            }
        });
        return new SecretKeys(currentId, decoded);
    }

    public byte[] current() {
        return keys.get(currentId).clone();
    }

    /** The key with this id, or {@code null} if it has been dropped from the configuration. */
    public byte[] byId(String id) {
        byte[] key = keys.get(id);
        return key == null ? null : key.clone();
    }

    private static byte[] decodeOne(String name, String id, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("netra.intake." + name + " (key id " + id + ") is not configured");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("netra.intake." + name + " (key id " + id + ") is not valid base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("netra.intake." + name + " (key id " + id + ") must be 256 bits, base64");
        }
        return key;
    }

    @Override
    public String toString() {
        return "SecretKeys[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.reporter;

import id.netra.intake.config.SecretKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals reporter identities with AES-256-GCM. Each seal has a fresh 96-bit nonce and binds the report id as
 * associated data, so a sealed identity copied onto another report's row no longer opens. The key id travels with the
 * ciphertext: after a rotation old rows still open with the retired key.
 */
public final class IdentitySeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT_VERSION = 1;

    private final SecretKeys keys;
    private final SecureRandom random = new SecureRandom();

    public IdentitySeal(SecretKeys keys) {
        this.keys = keys;
    }

    public Sealed seal(UUID reportId, ReporterIdentity identity) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, keys.current(), nonce, reportId, serialise(identity));
        return new Sealed(keys.currentId(), ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce)
                .put(ciphertext).array());
    }

    public ReporterIdentity open(UUID reportId, Sealed sealed) {
        byte[] key = keys.byId(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Identity key " + sealed.keyId() + " is no longer configured");
        }
        byte[] nonce = Arrays.copyOf(sealed.bytes(), NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed.bytes(), NONCE_BYTES, sealed.bytes().length);
        return deserialise(run(Cipher.DECRYPT_MODE, key, nonce, reportId, ciphertext));
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, UUID reportId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(reportId));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Reporter identity could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened: wrong key or altered ciphertext"), e);
        }
    }

    private static byte[] associatedData(UUID reportId) {
        return ByteBuffer.allocate(16).putLong(reportId.getMostSignificantBits())
                .putLong(reportId.getLeastSignificantBits()).array();
    }

    private static byte[] serialise(ReporterIdentity identity) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            for (String field : new String[] {identity.name(), identity.nik(), identity.phone(), identity.email()}) {
                out.writeBoolean(field != null);
                if (field != null) {
                    out.writeUTF(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ReporterIdentity deserialise(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readByte() != FORMAT_VERSION) {
                throw new IllegalStateException("Unknown sealed identity format");
            }
            String[] fields = new String[4];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new ReporterIdentity(fields[0], fields[1], fields[2], fields[3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the database holds: the key id and nonce || ciphertext || GCM tag. */
    public record Sealed(String keyId, byte[] bytes) {

        public Sealed {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the audit chain key comes from, in this order:
 * <ol>
 * <li>{@code netra.audit.chain-key}, Base64 of at least 32 random bytes (the prod profile reads it from
 * {@code NETRA_AUDIT_CHAIN_KEY} and will not start without it);</li>
 * <li>otherwise the file {@code netra.audit.chain-key-file} (default {@code ./data/audit/chain.key}), created once with
 * 32 random bytes and permissions 0600 if it does not exist, and kept with the data directory.</li>
 * </ol>
 * Losing the key makes every keyed entry unverifiable, so back it up with, but not inside, the database dump.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditChainKeyConfiguration.class);

    @Bean
    AuditChainKey auditChainKey(@Value("${netra.audit.chain-key:}") String configured,
            @Value("${netra.audit.chain-key-file:./data/audit/chain.key}") Path file) {
        if (StringUtils.hasText(configured)) {
            return new AuditChainKey(decode(configured, "netra.audit.chain-key"));
        }
        return new AuditChainKey(decode(readOrCreate(file), file.toString()));
    }

    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit chain key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] secret = new byte[AuditChainKey.MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return; // another instance on the same data directory made it first; read theirs
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict the permissions of {} on this file system; protect it by hand", file);
        }
        log.info("Generated a new audit chain key in {}; keep it with backups, outside the database", file);
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the audit chain key in " + where + " is not Base64", e);
        }
    }
}

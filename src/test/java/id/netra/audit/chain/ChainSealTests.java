// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chain whose first entries predate keying: they still verify, and neither part can be rewritten without the key. */
class ChainSealTests {

    private static final Instant AT = Instant.parse("2026-01-05T01:02:03.456789Z");
    private static final AuditChainKey KEY = new AuditChainKey(bytes(7));
    private static final AuditChainKey OTHER_KEY = new AuditChainKey(bytes(9));

    @Test
    void unkeyedEntriesBeforeTheSeal_andKeyedEntriesAfter_verify() {
        AuditEntry one = legacy(1, AuditHashing.GENESIS, "old.one", "admin");
        AuditEntry two = legacy(2, one.hash(), "old.two", "admin");
        ChainSeal seal = ChainSeal.sign(KEY, 3, two.hash(), AT);
        AuditEntry three = keyed(3, two.hash(), "new.three", "admin");
        AuditEntry four = keyed(4, three.hash(), "new.four", "admin");

        assertThat(AuditChainVerifier.verify(List.of(one, two, three, four).iterator(), seal, KEY))
                .isEqualTo(ChainVerification.intact(4, four.hash()));
    }

    @Test
    void rewritingTheUnkeyedPart_breaksAtItsSealedHead() {
        AuditEntry one = legacy(1, AuditHashing.GENESIS, "old.one", "admin");
        AuditEntry two = legacy(2, one.hash(), "old.two", "admin");
        ChainSeal seal = ChainSeal.sign(KEY, 3, two.hash(), AT);
        AuditEntry forgedOne = legacy(1, AuditHashing.GENESIS, "old.one", "someone-else");
        AuditEntry forgedTwo = legacy(2, forgedOne.hash(), "old.two", "admin");

        assertThat(AuditChainVerifier.verify(List.of(forgedOne, forgedTwo).iterator(), seal, KEY))
                .isEqualTo(ChainVerification.brokenAt(2, "legacy-head-mismatch"));
    }

    @Test
    void keyedEntriesRecomputedTheOldWay_orWithAnotherKey_breakAtTheFirstOne() {
        ChainSeal seal = ChainSeal.sign(KEY, 1, AuditHashing.GENESIS, AT);
        AuditEntry one = keyed(1, AuditHashing.GENESIS, "new.one", "admin");
        AuditEntry downgraded = legacy(2, one.hash(), "new.two", "admin");
        AuditEntry otherKey = new AuditEntry(2, AT, "new.two", null, null, "admin", null, one.hash(),
                AuditHashing.keyedHash(OTHER_KEY, 2, AT, "new.two", null, null, "admin", null, one.hash()));

        assertThat(AuditChainVerifier.verify(List.of(one, downgraded).iterator(), seal, KEY))
                .isEqualTo(ChainVerification.brokenAt(2, "hash-mismatch"));
        assertThat(AuditChainVerifier.verify(List.of(one, otherKey).iterator(), seal, KEY))
                .isEqualTo(ChainVerification.brokenAt(2, "hash-mismatch"));
    }

    @Test
    void aSealMovedOrSignedWithAnotherKey_isRefused_andAMissingSealToo() {
        AuditEntry one = legacy(1, AuditHashing.GENESIS, "old.one", "admin");
        ChainSeal honest = ChainSeal.sign(KEY, 1, AuditHashing.GENESIS, AT);
        ChainSeal moved = new ChainSeal(2, one.hash(), AT, honest.mac());

        assertThat(AuditChainVerifier.verify(List.of(one).iterator(), moved, KEY).reason()).isEqualTo("seal-invalid");
        assertThat(AuditChainVerifier.verify(List.of(one).iterator(), ChainSeal.sign(OTHER_KEY, 2, one.hash(), AT),
                KEY).reason()).isEqualTo("seal-invalid");
        assertThat(AuditChainVerifier.verify(List.of(one).iterator(), null, KEY))
                .isEqualTo(ChainVerification.brokenAt(1, "seal-missing"));
        assertThat(AuditChainVerifier.verify(List.<AuditEntry>of().iterator(), null, KEY).intact()).isTrue();
    }

    @Test
    void keyedForm_isVersionTwo_andDiffersFromTheUnkeyedHash() {
        String unkeyed = AuditHashing.hash(1, AT, "a", null, null, "admin", null, AuditHashing.GENESIS);
        String keyed = AuditHashing.keyedHash(KEY, 1, AT, "a", null, null, "admin", null, AuditHashing.GENESIS);
        assertThat(keyed).matches("[0-9a-f]{64}").isNotEqualTo(unkeyed)
                .isNotEqualTo(AuditHashing.keyedHash(OTHER_KEY, 1, AT, "a", null, null, "admin", null,
                        AuditHashing.GENESIS));
        assertThat(KEY.mac("netra-audit-v2\n1:1\n27:2026-01-05T01:02:03.456789Z\n1:a\n~\n~\n5:admin\n~\n64:"
                + AuditHashing.GENESIS + "\n")).isEqualTo(keyed);
    }

    @Test
    void keyFile_isCreatedOnceWithOwnerOnlyPermissions(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("audit/chain.key");

        String first = AuditChainKeyConfiguration.readOrCreate(file);
        String second = AuditChainKeyConfiguration.readOrCreate(file);

        assertThat(second).isEqualTo(first);
        assertThat(java.util.Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    private static AuditEntry legacy(long sequence, String previous, String action, String actor) {
        return new AuditEntry(sequence, AT, action, null, null, actor, null, previous,
                AuditHashing.hash(sequence, AT, action, null, null, actor, null, previous));
    }

    private static AuditEntry keyed(long sequence, String previous, String action, String actor) {
        return new AuditEntry(sequence, AT, action, null, null, actor, null, previous,
                AuditHashing.keyedHash(KEY, sequence, AT, action, null, null, actor, null, previous));
    }

    private static byte[] bytes(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }
}

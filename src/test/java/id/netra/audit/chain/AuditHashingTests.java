// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditHashingTests {

    private static final Instant AT = Instant.parse("2024-11-27T01:02:03.456789Z");

    @Test
    void sameEntry_hashesTheSame() {
        assertThat(hash("case.forwarded", "case", "42", "admin", "{}"))
                .isEqualTo(hash("case.forwarded", "case", "42", "admin", "{}"))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void anyChangedField_changesTheHash() {
        String original = hash("case.forwarded", "case", "42", "admin", "{}");
        assertThat(List.of(
                hash("case.stopped", "case", "42", "admin", "{}"),
                hash("case.forwarded", "report", "42", "admin", "{}"),
                hash("case.forwarded", "case", "43", "admin", "{}"),
                hash("case.forwarded", "case", "42", "analyst", "{}"),
                hash("case.forwarded", "case", "42", "admin", "{ }"),
                AuditHashing.hash(2, AT, "case.forwarded", "case", "42", "admin", "{}", AuditHashing.GENESIS),
                AuditHashing.hash(1, AT.plusNanos(1_000), "case.forwarded", "case", "42", "admin", "{}",
                        AuditHashing.GENESIS),
                AuditHashing.hash(1, AT, "case.forwarded", "case", "42", "admin", "{}", "1".repeat(64))))
                .doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void fieldBoundaries_andNullVersusEmpty_areUnambiguous() {
        assertThat(hash("ab", "c", null, "x", null)).isNotEqualTo(hash("a", "bc", null, "x", null));
        assertThat(hash("a", null, null, "x", null)).isNotEqualTo(hash("a", "", null, "x", null));
        assertThat(hash("a", "1:b\n", null, "x", null)).isNotEqualTo(hash("a", "1", "b", "x", null));
    }

    @Test
    void canonicalForm_isVersionedAndLengthPrefixedInUtf8Bytes() {
        String form = AuditHashing.canonicalForm(7, AT, "lapor.diterima", null, "é", "admin", null, "ab");
        assertThat(form).isEqualTo("netra-audit-v1\n1:7\n27:2024-11-27T01:02:03.456789Z\n14:lapor.diterima\n~\n"
                + "2:é\n5:admin\n~\n2:ab\n");
    }

    @Test
    void verifier_acceptsALinkedChain_andNamesTheFirstBrokenEntry() {
        AuditEntry first = entry(1, AuditHashing.GENESIS, "a");
        AuditEntry second = entry(2, first.hash(), "b");
        AuditEntry third = entry(3, second.hash(), "c");
        assertThat(AuditChainVerifier.verify(iterator(first, second, third)))
                .isEqualTo(ChainVerification.intact(3, third.hash()));

        AuditEntry alteredSecond = new AuditEntry(2, AT, "changed", null, null, "admin", null, first.hash(),
                second.hash());
        assertThat(AuditChainVerifier.verify(iterator(first, alteredSecond, third)))
                .isEqualTo(ChainVerification.brokenAt(2, "hash-mismatch"));
        assertThat(AuditChainVerifier.verify(iterator(first, third)))
                .isEqualTo(ChainVerification.brokenAt(2, "missing-entry"));
        AuditEntry relinked = entry(3, first.hash(), "c");
        assertThat(AuditChainVerifier.verify(iterator(first, second, relinked)))
                .isEqualTo(ChainVerification.brokenAt(3, "previous-hash-mismatch"));
        assertThat(AuditChainVerifier.verify(iterator())).isEqualTo(ChainVerification.intact(0,
                AuditHashing.GENESIS));
    }

    private static AuditEntry entry(long sequence, String previousHash, String action) {
        String hash = AuditHashing.hash(sequence, AT, action, null, null, "admin", null, previousHash);
        return new AuditEntry(sequence, AT, action, null, null, "admin", null, previousHash, hash);
    }

    private static Iterator<AuditEntry> iterator(AuditEntry... entries) {
        return List.of(entries).iterator();
    }

    private static String hash(String action, String subjectType, String subjectId, String actor, String details) {
        return AuditHashing.hash(1, AT, action, subjectType, subjectId, actor, details, AuditHashing.GENESIS);
    }
}

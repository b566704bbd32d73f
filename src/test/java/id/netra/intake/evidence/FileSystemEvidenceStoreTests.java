// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemEvidenceStoreTests {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path root;

    @Test
    void storedFile_isAddressedByItsHashAndReadsBack() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root);
        Path file = Files.writeString(store.incomingDirectory().resolve("x"), "bukti");

        String key = store.put(file, HASH);

        assertThat(key).isEqualTo("sha256/ab/ab/" + HASH);
        assertThat(store.exists(key)).isTrue();
        assertThat(new String(store.open(key).readAllBytes())).isEqualTo("bukti");
        assertThat(file).doesNotExist();
    }

    @Test
    void sameContentTwice_isKeptOnce() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root);
        String first = store.put(Files.writeString(store.incomingDirectory().resolve("a"), "bukti"), HASH);
        Path second = Files.writeString(store.incomingDirectory().resolve("b"), "bukti");

        assertThat(store.put(second, HASH)).isEqualTo(first);
        assertThat(second).doesNotExist();
    }

    @Test
    void keysOutsideTheStore_areRefused() {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root);

        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(root.resolve("x"), "../x")).isInstanceOf(IllegalArgumentException.class);
    }
}

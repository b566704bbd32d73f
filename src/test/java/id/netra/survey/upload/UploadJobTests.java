// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The progress bar: reading and writing each count for half, and only an ended job shows 100%. */
class UploadJobTests {

    @Test
    void percentCountsReadingThenWritingAndReaches100OnlyWhenTheJobHasEnded() {
        assertThat(job(UploadStatus.RUNNING, 1000, 0, 0).percent()).isZero();
        assertThat(job(UploadStatus.RUNNING, 1000, 500, 0).percent()).isEqualTo(25);
        assertThat(job(UploadStatus.RUNNING, 1000, 1000, 0).storing()).isTrue();
        assertThat(job(UploadStatus.RUNNING, 1000, 1000, 1000).percent()).isEqualTo(99);
        assertThat(job(UploadStatus.DONE, 1000, 1000, 990).percent()).isEqualTo(100);
        assertThat(job(UploadStatus.INTERRUPTED, 1000, 10, 0).percent()).isEqualTo(100);
        assertThat(job(UploadStatus.INTERRUPTED, 1000, 10, 0).result()).isNull();
        assertThat(job(UploadStatus.DONE, 1000, 1000, 990).result().imported()).isEqualTo(990);
    }

    private static UploadJob job(UploadStatus status, int total, int read, int stored) {
        return new UploadJob(UUID.randomUUID(), 1, "f.csv", status, total, read, stored, stored, 0, List.of(),
                List.of(), null, List.of(), "analis", Instant.EPOCH, null, List.of());
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * New migrations sort above everything released, so a database of the previous release never meets a pending
 * migration below its newest applied one (which Flyway refuses). The released set is the manifest kept in
 * {@code db/previous-release} (see its RELEASE.md).
 */
class MigrationOrderTests {

    private final List<ReleasedMigration> released = ReleasedMigration.listedIn(ReleasedMigration.PREVIOUS_RELEASE);
    private final List<MigrationFile> current = MigrationFile.under("db/migration");

    @Test
    void theReleasedCopy_isTheOldNumbering_endingAt4_4() {
        assertThat(released).extracting(ReleasedMigration::fileName).contains("V1_0__module_schemas.sql",
                "V1_2__identity_account_administration.sql", "V4_4__deadline_policy_withdrawal.sql");
        assertThat(released.get(released.size() - 1).version()).isEqualTo(MigrationVersion.fromVersion("4.4"));
    }

    @Test
    void theApplicationsMigrations_keepTheOneOrdering() {
        assertThat(MigrationOrder.problems(released, current)).isEmpty();
    }

    @Test
    void aPlantedOutOfOrderMigration_isRefused() {
        List<MigrationFile> withPlanted = new ArrayList<>(current);
        withPlanted.addAll(MigrationFile.under("db/planted-out-of-order"));

        assertThat(MigrationOrder.problems(released, withPlanted))
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("V4_3_1__cases_late_module_sequence.sql (version 4.3.1) sorts below the newest released migration 4.4"))
                .anySatisfy(problem -> assertThat(problem).contains("is not named V<yyyy>"));
    }

    @Test
    void anEditedOrRemovedReleasedMigration_isRefused() {
        MigrationFile first = current.get(0);
        List<MigrationFile> edited = new ArrayList<>(current.subList(1, current.size()));
        edited.add(new MigrationFile(first.path(), first.fileName(), first.version(), first.content() + "\n-- edit"));
        List<MigrationFile> removed = current.subList(1, current.size());

        assertThat(MigrationOrder.problems(released, edited)).containsExactly(
                first.path() + " was released and has changed: write a new migration instead");
        assertThat(MigrationOrder.problems(released, removed)).containsExactly(
                first.fileName() + " was released and is gone: a released migration is never removed");
    }

    @Test
    void theTimestampName_isTheOneTheProjectUses() {
        assertThat(MigrationOrder.TIMESTAMP_NAME.matcher("V2026_12_07_1405__cases_block_record.sql").matches()).isTrue();
        assertThat(MigrationOrder.TIMESTAMP_NAME.matcher("V2026_12_07_1405_2__cases_block_record.sql").matches()).isTrue();
        assertThat(MigrationOrder.TIMESTAMP_NAME.matcher("V2026_13_07_1405__cases_x.sql").matches()).isFalse();
        assertThat(MigrationOrder.TIMESTAMP_NAME.matcher("V4_5__cases_x.sql").matches()).isFalse();
        // a timestamp sorts above the whole old numbering, whatever module it belongs to
        assertThat(MigrationVersion.fromVersion("2026_12_07_1405")).isGreaterThan(MigrationVersion.fromVersion("4.4"));
    }
}

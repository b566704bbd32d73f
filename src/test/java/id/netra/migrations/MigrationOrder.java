// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.migrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The rules that keep Flyway's one ordering from going backwards, judged on file lists so that a test can feed it a
 * planted file. Flyway refuses (by default, {@code outOfOrder=false}) a database whose newest applied migration sorts
 * above a pending one; these rules catch that at build time instead of on a user's start-up.
 */
final class MigrationOrder {

    /** {@code V2026_12_07_1405__cases_what.sql}, optionally {@code _1}, {@code _2} for several in one minute. */
    static final Pattern TIMESTAMP_NAME =
            Pattern.compile("V20[2-9][0-9]_(0[1-9]|1[0-2])_(0[1-9]|[12][0-9]|3[01])_([01][0-9]|2[0-3])[0-5][0-9](_[0-9]+)?__[a-z]+_[a-z0-9_]+\\.sql");

    private MigrationOrder() {
    }

    /** Every problem at once, one line each; empty when the migrations may ship. */
    static List<String> problems(Collection<ReleasedMigration> released, Collection<MigrationFile> current) {
        List<String> problems = new ArrayList<>();
        MigrationVersion newestReleased = released.stream().map(ReleasedMigration::version)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        Map<String, MigrationFile> currentByName = current.stream()
                .collect(Collectors.toMap(MigrationFile::fileName, Function.identity()));
        for (ReleasedMigration old : released) {
            MigrationFile now = currentByName.get(old.fileName());
            if (now == null) {
                problems.add(old.path() + " was released and is gone: a released migration is never removed");
            } else if (!Objects.equals(now.sha256(), old.sha256())) {
                problems.add(old.path() + " was released and has changed: write a new migration instead");
            }
        }
        List<String> releasedNames = released.stream().map(ReleasedMigration::fileName).toList();
        for (MigrationFile added : current) {
            if (releasedNames.contains(added.fileName())) {
                continue;
            }
            if (added.version().compareTo(newestReleased) <= 0) {
                problems.add(added.path() + " (version " + added.version() + ") sorts below the newest released "
                        + "migration " + newestReleased + ": Flyway would refuse every database of that release");
            }
            if (!TIMESTAMP_NAME.matcher(added.fileName()).matches()) {
                problems.add(added.path() + " is not named V<yyyy>_<MM>_<dd>_<HHmm>__<module>_<what>.sql");
            }
        }
        current.stream().collect(Collectors.groupingBy(MigrationFile::version)).forEach((version, files) -> {
            if (files.size() > 1) {
                problems.add("version " + version + " is used twice: "
                        + files.stream().map(MigrationFile::path).toList());
            }
        });
        return problems;
    }
}

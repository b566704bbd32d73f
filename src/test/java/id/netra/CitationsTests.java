// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code, pages, messages and docs cite the regulation or the publication itself ("UU 10/2016 Pasal 134"), never the
 * project's research notes, which are not in the repository. Migrations that Flyway has already applied are history
 * and cannot change; the notes they name in data are rewritten by a later migration, so only those files are exempt.
 */
class CitationsTests {

    static final Pattern RESEARCH_NOTE = Pattern.compile(
            "\\b(DOMAIN|STACK|HOLIDAYS|REGIONS-AGENCIES|SURVEY-STATS|ANCHORS)\\.md\\b");

    /** Applied before the names were replaced; V2026_12_07_0447 rewrites what they stored. */
    static final Set<String> APPLIED_HISTORY = Set.of("V4_2__deadline_policy.sql", "V2_3__province_locations.sql",
            "V2_4__central_agencies.sql", "V2_5__positions_and_employment.sql", "V2_6__violation_catalogue.sql",
            "V2_8__elections.sql", "V2_10__holidays.sql");

    @Test
    void noSourceFileDocOrPom_pointsToAResearchNote() {
        List<String> hits = new ArrayList<>();
        for (Path root : List.of(Path.of("src"), Path.of("docs"), Path.of("pom.xml"), Path.of("README.md"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> !APPLIED_HISTORY.contains(file.getFileName().toString()))
                        .filter(file -> !file.endsWith(Path.of("src/test/java/id/netra/CitationsTests.java")))
                        .forEach(file -> hits.addAll(pointers(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(hits).as("cite the regulation or source, not the research notes").isEmpty();
    }

    @Test
    void thePattern_findsEachNoteName_butNotOtherMarkdownFiles() {
        assertThat(RESEARCH_NOTE.matcher("see DOMAIN.md §1.6").find()).isTrue();
        assertThat(RESEARCH_NOTE.matcher("pinned in STACK.md").find()).isTrue();
        assertThat(RESEARCH_NOTE.matcher("'REGIONS-AGENCIES.md §2'").find()).isTrue();
        assertThat(RESEARCH_NOTE.matcher("docs/cases.md and README.md").find()).isFalse();
    }

    private static List<String> pointers(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".xlsx") || name.endsWith(".pdf")) {
            return List.of();
        }
        List<String> hits = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                if (RESEARCH_NOTE.matcher(lines.get(i)).find()) {
                    hits.add(file + ":" + (i + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages speak to officers: no enum constant printed as it is, no migration or internal file name, no "uncertain"
 * marker in brackets. Reads the template and message sources, so a new page that prints {@code ${c.state}} fails
 * here before anyone sees "RECOMMENDED" on a screen.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /**
     * th:text/[[...]] printing a field that holds an enum constant, without a message around it. A tooltip
     * (th:title) may carry the code: that is where codes belong.
     */
    private static final Pattern RAW_ENUM = Pattern.compile(
            "(?:th:(?:text|utext)=\"|\\[\\[)\\$\\{[\\w.]+\\.(state|status|action|kind|level|type|role|stage|unit"
                    + "|channel|mode|holderType|reporterMode|phase)(?:\\.name\\(\\))?\\}(?:\"|\\]\\])");

    /** Names of project files and database migrations, and the research notes' "uncertain" marker. */
    private static final Pattern INTERNAL_TEXT = Pattern.compile(
            "\\b[A-Z][A-Z-]+\\.md\\b|\\bV\\d+(?:_\\d+)*__\\w+|\\.sql\\b|\\[TIDAK PASTI]|\\bflyway\\b|oleh migration",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templates_printNoRawEnum() throws IOException {
        assertThat(findings(TEMPLATES, ".html", RAW_ENUM)).isEmpty();
    }

    @Test
    void templatesAndMessages_nameNoInternalFile() throws IOException {
        List<String> found = new ArrayList<>(findings(TEMPLATES, ".html", INTERNAL_TEXT));
        found.addAll(findings(BUNDLES, ".properties", INTERNAL_TEXT));
        assertThat(found).isEmpty();
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        assertThat(RAW_ENUM.matcher("<td th:text=\"${s.state}\">x</td>").find()).isTrue();
        assertThat(RAW_ENUM.matcher("<td th:text=\"#{|case.state.${s.state}|}\">x</td>").find()).isFalse();
        assertThat(INTERNAL_TEXT.matcher("source=Jadwal KPU (NOTES.md §3.6)").find()).isTrue();
        assertThat(INTERNAL_TEXT.matcher("Ditambahkan oleh migration V2_8__elections").find()).isTrue();
        assertThat(INTERNAL_TEXT.matcher("10 hari [TIDAK PASTI]").find()).isTrue();
        assertThat(INTERNAL_TEXT.matcher("Keputusan Bersama 5 Instansi, 22 Sep 2022").find()).isFalse();
    }

    private static List<String> findings(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    if (matcher.find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
                    }
                }
            }
        }
        return found;
    }
}

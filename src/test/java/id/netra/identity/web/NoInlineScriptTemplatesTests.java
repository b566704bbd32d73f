// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy refuses inline script, inline style and eval, so no template may rely on them: a
 * {@code <script>} without {@code src}, an {@code on...=} handler, {@code hx-on}, a {@code style} attribute or element,
 * or a {@code javascript:} URL would silently stop working in the browser. Behaviour goes to /js, looks to /css.
 */
class NoInlineScriptTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>"       // inline script element
            + "|\\s(?:th:)?on[a-z]+\\s*="                          // onclick=, th:onclick=
            + "|\\shx-on[:-]"                                      // htmx inline handlers (eval)
            + "|\\s(?:th:)?style\\s*="                             // style attributes
            + "|<style[\\s>]"                                       // style elements
            + "|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templates_haveNoInlineScriptHandlerOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher matcher = FORBIDDEN.matcher(html);
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + matcher.group().trim());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternCatchesWhatItShould() {
        assertThat(FORBIDDEN.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<button onclick=\"x()\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<button hx-on:click=\"x()\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<div style=\"color:red\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<script th:src=\"@{/js/netra.js}\" defer></script>").find()).isFalse();
        assertThat(FORBIDDEN.matcher("<button hx-get=\"/x\" data-remove-closest=\".person\">").find()).isFalse();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (from its webjar on the test classpath, never fetched at run time) on the page a browser shows, and
 * keeps the serious and critical violations per page, so that a journey can walk to its end and then report every
 * page that fails rather than the first one.
 */
public final class Axe {

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (result) {
                done(result.violations
                  .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) {
                    return v.impact + ' ' + v.id + ': ' + v.help + ' @ '
                      + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
                  }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });""";

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    /** Checks what the browser shows now; {@code page} names it in the report. */
    @SuppressWarnings("unchecked")
    public List<String> check(HeadlessChromium browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SOURCE);
        List<String> found = new ArrayList<>((List<String>) js.executeAsyncScript(RUN));
        violations.put(page, found);
        return found;
    }

    /** Only the pages with serious or critical violations. */
    public Map<String, List<String>> failures() {
        Map<String, List<String>> failing = new LinkedHashMap<>();
        violations.forEach((page, found) -> {
            if (!found.isEmpty()) {
                failing.put(page, found);
            }
        });
        return failing;
    }

    public List<String> checkedPages() {
        return List.copyOf(violations.keySet());
    }

    private static String load() {
        String path = Objects.requireNonNull(new WebJarVersionLocator().fullPath("axe-core", "axe.min.js"),
                "axe-core webjar on the test classpath");
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal;

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
import org.webjars.WebJarVersionLocator;

/**
 * Every script and style sheet a template loads is served: a page that names a file nobody ships draws no chart and
 * no browser test says why (the ECharts path moved from a webjar to {@code /vendor} once; pages kept the old one).
 */
class TemplateAssetsTests {

    private static final Pattern ASSET = Pattern.compile("th:(?:src|href)=\"@\\{(/(?:css|js|img|vendor|webjars)/[^}\"(]+)");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void everyAssetATemplateLoads_isShipped() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = ASSET.matcher(Files.readString(template));
                while (matcher.find()) {
                    String path = matcher.group(1);
                    if (!shipped(path)) {
                        missing.add(TEMPLATES.relativize(template) + " → " + path);
                    }
                }
            }
        }
        assertThat(missing).as("assets loaded by templates but not shipped").isEmpty();
    }

    private static boolean shipped(String path) {
        if (path.startsWith("/vendor/")) {
            // copied from their webjars by the build (maven-dependency-plugin, see pom.xml)
            return Files.exists(Path.of("target/classes/static" + path));
        }
        if (path.startsWith("/webjars/")) {
            // the locator puts the webjar's version into the path at run time, as Spring's resource chain does
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            String full = new WebJarVersionLocator().fullPath(rest.substring(0, slash), rest.substring(slash + 1));
            return full != null && Thread.currentThread().getContextClassLoader().getResource(full) != null;
        }
        return Files.exists(STATIC.resolve(path.substring(1)));
    }

}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference bundles speak both languages, and every message key the code names exists. */
class ReferenceMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReferenceMessagesTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesianAndEnglish_haveTheSameKeys() throws IOException {
        assertThat(bundle("reference_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("reference").stringPropertyNames());
    }

    @Test
    void everyKeyNamedInTheCode_exists() throws IOException {
        Pattern key = Pattern.compile("\"\\{?(reference\\.[a-z][a-z0-9.-]*[a-z0-9])}?\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/netra/reference"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("reference").stringPropertyNames()).containsAll(used);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Indonesian message has its English counterpart and the other way round, in every module's bundle. */
class I18nBundlesTests {

    static Stream<String> bundles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties");
        return Arrays.stream(files).map(Resource::getFilename)
                .filter(name -> !name.contains("_"))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void indonesianAndEnglish_haveTheSameKeys(String bundle) throws IOException {
        Set<String> indonesian = load("i18n/" + bundle + ".properties").stringPropertyNames();
        Set<String> english = load("i18n/" + bundle + "_en.properties").stringPropertyNames();

        assertThat(english).as("keys of %s_en", bundle).containsExactlyInAnyOrderElementsOf(indonesian);
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new PathMatchingResourcePatternResolver()
                .getResource("classpath:" + path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.netra.testing.NetraIntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Surefire runs the plain unit tests and Failsafe the tagged integration tests (pom.xml). A Spring test without the
 * tag would run in the quick layer, build its own context there and slow {@code ./mvnw test} down; this test names
 * every such class, so a merged test gets {@link NetraIntegrationTest} (or another tagged meta-annotation).
 */
class TestLayersTests {

    @Test
    void everySpringTest_carriesTheIntegrationTag() {
        List<String> untagged = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("id.netra").stream()
                .filter(type -> !type.getName().contains("$"))
                .map(JavaClass::reflect)
                .filter(TestLayersTests::needsSpring)
                .filter(type -> !integrationTagged(type))
                .map(Class::getName)
                .toList();

        assertThat(untagged).as("Spring tests without @Tag(\"integration\")").isEmpty();
    }

    @Test
    void theRule_findsAnUntaggedSpringTest_andAcceptsTheMetaAnnotation() {
        assertThat(needsSpring(UntaggedSpringTest.class)).isTrue();
        assertThat(integrationTagged(UntaggedSpringTest.class)).isFalse();
        assertThat(needsSpring(TaggedSpringTest.class)).isTrue();
        assertThat(integrationTagged(TaggedSpringTest.class)).isTrue();
        assertThat(needsSpring(TestLayersTests.class)).isFalse();
    }

    /** A Spring test, or a class named as an integration test (those that start Netra or a browser themselves). */
    static boolean needsSpring(Class<?> type) {
        return type.getSimpleName().endsWith("IntegrationTests") || AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                .anyMatch(SpringExtension.class::isAssignableFrom);
    }

    static boolean integrationTagged(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, Tag.class).stream()
                .anyMatch(tag -> tag.value().equals(NetraIntegrationTest.TAG));
    }

    @SpringBootTest
    static class UntaggedSpringTest {
    }

    @NetraIntegrationTest
    static class TaggedSpringTest {
    }
}

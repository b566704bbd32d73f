// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.netra.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * House rules the compiler cannot check. Each rule holds for the main code and is also shown to fail on a small
 * class below that breaks it, so that no rule silently matches nothing.
 */
class ConventionTests {

    /** The rules only need names of used classes, so libraries are not imported: much faster. */
    private static final JavaClasses MAIN = ArchConfiguration.withThreadLocalScope(config -> {
        config.setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.netra");
    });

    private static final Set<String> TIME_TYPES = Stream.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class)
            .map(Class::getName).collect(Collectors.toUnmodifiableSet());

    private static final DescribedPredicate<JavaMethodCall> READS_SYSTEM_CLOCK =
            DescribedPredicate.describe("read the system clock", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                boolean takesClock = call.getTarget().getRawParameterTypes().stream()
                        .anyMatch(type -> type.isEquivalentTo(Clock.class));
                return (TIME_TYPES.contains(owner) && name.equals("now") && !takesClock)
                        || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
                        || (owner.equals(Clock.class.getName()) && name.startsWith("system"));
            });

    /** Time comes from the injected {@link Clock}, so tests can fix it; only the clock bean reads the system time. */
    static final ArchRule NO_SYSTEM_CLOCK = noClasses()
            .that().doNotHaveFullyQualifiedName(TimeConfiguration.class.getName())
            .should().callMethodWhere(READS_SYSTEM_CLOCK)
            .because("domain time must come from the injected java.time.Clock");

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .orShould().beAnnotatedWith(Value.class)
            .because("constructor injection keeps dependencies explicit and classes testable without Spring");

    /** Spring MVC stays at the edge: web packages, controllers, controller advice and configuration. */
    static final ArchRule WEB_ONLY_AT_THE_EDGE = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Advice")
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.web..")
            .because("domain and application code must not depend on HTTP");

    @Test
    void mainCode_readsTimeOnlyThroughTheClock() {
        NO_SYSTEM_CLOCK.check(MAIN);
    }

    @Test
    void mainCode_hasNoFieldInjection() {
        NO_FIELD_INJECTION.check(MAIN);
    }

    @Test
    void mainCode_keepsSpringWebAtTheEdge() {
        WEB_ONLY_AT_THE_EDGE.check(MAIN);
    }

    @Test
    void mainCode_isImported() {
        assertThat(MAIN.contain(NetraApplication.class)).isTrue();
        assertThat(MAIN.contain(TimeConfiguration.class)).isTrue();
    }

    @Test
    void systemClockRule_failsOnNowWithoutClock_andAcceptsNowWithClock() {
        assertThat(NO_SYSTEM_CLOCK.evaluate(only(ReadsSystemClock.class)).hasViolation()).isTrue();
        assertThat(NO_SYSTEM_CLOCK.evaluate(only(ReadsMillis.class)).hasViolation()).isTrue();
        assertThat(NO_SYSTEM_CLOCK.evaluate(only(ReadsInjectedClock.class)).hasViolation()).isFalse();
    }

    @Test
    void fieldInjectionRule_failsOnAutowiredField() {
        assertThat(NO_FIELD_INJECTION.evaluate(only(FieldInjected.class)).hasViolation()).isTrue();
    }

    @Test
    void webRule_failsOnServiceUsingSpringWeb_andAcceptsController() {
        assertThat(WEB_ONLY_AT_THE_EDGE.evaluate(only(ServiceUsingWeb.class)).hasViolation()).isTrue();
        assertThat(WEB_ONLY_AT_THE_EDGE.allowEmptyShould(true).evaluate(only(LinkController.class)).hasViolation())
                .isFalse();
    }

    private static JavaClasses only(Class<?> type) {
        return ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importClasses(type);
        });
    }

    // --- deliberate violations, never instantiated ---------------------------------------------------------

    static class ReadsSystemClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static class ReadsMillis {
        long stamp() {
            return System.currentTimeMillis();
        }
    }

    static class ReadsInjectedClock {
        LocalDate today(Clock clock) {
            return LocalDate.now(clock);
        }
    }

    static class FieldInjected {
        @Autowired
        Clock clock;
    }

    static class ServiceUsingWeb {
        String link() {
            return UriComponentsBuilder.fromPath("/cases").toUriString();
        }
    }

    static class LinkController {
        String link() {
            return UriComponentsBuilder.fromPath("/cases").toUriString();
        }
    }
}

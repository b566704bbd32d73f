// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.netra.intake.reporter.ReporterIdentity;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, privacy: the reporter's identity never leaves the intake module. Spring Modulith already keeps other
 * modules out of intake's internal packages; these rules say it about the identity in so many words, including for
 * modules that do not exist yet (analytics, open data), and keep intake's own public API free of it.
 */
class ReporterIdentityBoundaryTests {

    private static final String REPORTER_PACKAGE = "id.netra.intake.reporter..";

    private static final JavaClasses MAIN = ArchConfiguration.withThreadLocalScope(config -> {
        config.setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.netra");
    });

    private static final ArchRule ONLY_INTAKE_TOUCHES_IDENTITY = noClasses()
            .that().resideOutsideOfPackage("id.netra.intake..")
            .should().dependOnClassesThat().resideInAPackage(REPORTER_PACKAGE)
            .because("reporter identity is read only inside intake, by custodians, audited");

    private static final ArchRule PUBLIC_API_CARRIES_NO_IDENTITY = noClasses()
            .that().resideInAPackage("id.netra.intake")
            .should().dependOnClassesThat().resideInAPackage(REPORTER_PACKAGE)
            .because("intake's public API (its root package) is what other modules see");

    @Test
    void noModuleOutsideIntake_dependsOnReporterIdentity() {
        ONLY_INTAKE_TOUCHES_IDENTITY.check(MAIN);
    }

    @Test
    void intakePublicApi_carriesNoReporterIdentity() {
        PUBLIC_API_CARRIES_NO_IDENTITY.check(MAIN);
    }

    @Test
    void rule_failsOnAClassOutsideIntakeThatUsesTheIdentity() {
        JavaClasses offender = ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importClasses(AnalyticsPeekingAtReporters.class);
        });
        assertThat(ONLY_INTAKE_TOUCHES_IDENTITY.evaluate(offender).hasViolation()).isTrue();
    }

    /** What a future analytics class must never do. */
    static class AnalyticsPeekingAtReporters {
        String nameOf(ReporterIdentity identity) {
            return identity.toString();
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries declared in each package-info.java hold; the module docs are regenerated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NetraApplication.class);

    @Test
    void moduleBoundaries_areRespected() {
        modules.verify();
    }

    /**
     * The audit trail is fed one way: modules publish the shared {@code AuditEvent}, so no module depends on audit,
     * and audit depends on no feature module for what it records (identity only for its menu entry and the
     * signed-in administrator).
     */
    @Test
    void auditIsFedByTheSharedEvent_soNoModuleDependsOnIt() {
        ApplicationModule audit = modules.getModuleByName("audit").orElseThrow();

        assertThat(modules.stream().filter(module -> !module.equals(audit))
                .filter(module -> module.getDirectDependencies(modules).contains(audit))
                .map(ApplicationModule::getIdentifier).map(Object::toString).toList())
                .as("modules that depend on audit").isEmpty();
        assertThat(audit.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
                .map(Object::toString).toList())
                .as("what audit depends on").containsOnly("shared", "identity");
    }

    @Test
    void moduleDocumentation_isWritten() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

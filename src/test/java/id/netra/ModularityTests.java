// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries declared in each package-info.java hold; the module docs are regenerated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NetraApplication.class);

    @Test
    void moduleBoundaries_areRespected() {
        modules.verify();
    }

    @Test
    void moduleDocumentation_isWritten() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring test context of the intake tests (same configuration, so the context is built once per JVM), on the
 * embedded PostgreSQL. The evidence limit is lowered so that the 413 answer can be tested with small files.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "netra.intake.max-evidence-size=2MB")
@AutoConfigureMockMvc
public @interface IntakeIntegrationTest {
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.testing.NetraIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * One shared Spring context for all cases integration tests: real embedded PostgreSQL, MockMvc, a hand-moved clock,
 * no scheduled sweep and no demo data (tests create their own cases; other test classes' data may be present, so
 * every test works on the cases it created and on its own dates).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NetraIntegrationTest
@Import(CasesTestConfiguration.class)
@TestPropertySource(properties = {"netra.cases.sweep.cron=-", "netra.demo.enabled=false"})
public @interface CasesIntegrationTest {
}

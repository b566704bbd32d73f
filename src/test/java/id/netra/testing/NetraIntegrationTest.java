// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The default Spring context of the integration tests, shared by every class that carries it: the whole application
 * on the embedded PostgreSQL with its demo data, MockMvc for tests that need no socket, and a random port for those
 * that drive a browser or real HTTP. One configuration, so Spring's test context cache builds it once per JVM.
 * The {@code integration} tag sends the class to Failsafe ({@code ./mvnw verify}); {@code ./mvnw test} skips it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(NetraIntegrationTest.TAG)
// evidence limit lowered so that the 413 answer can be tested with small files (intake's evidence tests)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "netra.intake.max-evidence-size=2MB")
@AutoConfigureMockMvc
public @interface NetraIntegrationTest {

    /** The JUnit tag of every test that needs Spring, PostgreSQL, a browser or another process. */
    String TAG = "integration";
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The second shared context: the limits and proxy settings of a real deployment, which the test build relaxes for
 * every other class (sign-in throttling, per-address rate limits of the public endpoints, forwarded headers as the
 * prod profile trusts them behind a reverse proxy), and a clock the tests move by hand. Each test uses its own
 * accounts and addresses, so the classes sharing it do not lock each other out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(NetraIntegrationTest.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "netra.identity.sign-in-throttle.account-failures=5", "netra.identity.sign-in-throttle.address-failures=20",
    "netra.identity.sign-in-throttle.window=15m", "netra.identity.sign-in-throttle.lockout=15m",
    "netra.intake.rate-limit.submissions=2", "netra.intake.rate-limit.submissions-period=10m",
    "netra.intake.rate-limit.receipt-lookups=3", "netra.intake.rate-limit.receipt-lookups-period=10m",
    "server.forward-headers-strategy=native"})
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
public @interface ProductionLimitsIntegrationTest {
}

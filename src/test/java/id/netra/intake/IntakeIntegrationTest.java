// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import id.netra.testing.NetraIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The intake tests: the shared default context ({@link NetraIntegrationTest}, whose evidence limit is 2 MB). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NetraIntegrationTest
public @interface IntakeIntegrationTest {
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Counts the distinct Spring contexts the integration tests build in one JVM, and logs the count after each class
 * that brought a new one ("Spring test contexts so far: N"), so that a test configuration that stops sharing the
 * default context shows in the build log. Registered in META-INF/spring.factories.
 */
public class ContextCountListener implements TestExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ContextCountListener.class);
    private static final Set<ApplicationContext> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void afterTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        synchronized (SEEN) {
            if (SEEN.add(context)) {
                log.info("Spring test contexts so far: {} (new one for {})", SEEN.size(),
                        testContext.getTestClass().getSimpleName());
            }
        }
    }
}

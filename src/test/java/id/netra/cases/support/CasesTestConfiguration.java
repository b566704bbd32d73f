// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.cases.application.CaseOpening;
import id.netra.cases.application.CaseWorkflow;
import id.netra.identity.CurrentUserProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every cases integration test runs with: a fixed, hand-moved clock, and users whose scope the test sets
 * (whatever the identity module would answer for a real sign-in).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CasesTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    CurrentUserProvider testCurrentUserProvider() {
        return new DetailsCurrentUserProvider();
    }

    @Bean
    TestCases testCases(CaseOpening opening, CaseWorkflow workflow) {
        return new TestCases(opening, workflow);
    }
}

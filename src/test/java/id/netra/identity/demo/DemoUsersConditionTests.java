// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import id.netra.identity.account.UserAccounts;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo users are created only while demo data is switched on; the prod profile switches it off. */
class DemoUsersConditionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(UserAccounts.class, () -> mock(UserAccounts.class))
            .withUserConfiguration(DemoUsers.class);

    @Test
    void demoOn_registersTheSeeder() {
        runner.withPropertyValues("netra.demo.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoUsers.class));
    }

    @Test
    void demoOff_registersNoSeeder() {
        runner.withPropertyValues("netra.demo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoUsers.class));
    }

    @Test
    void prodProfile_switchesDemoDataOff() throws Exception {
        Properties prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        assertThat(prod.getProperty("netra.demo.enabled")).isEqualTo("false");
    }
}

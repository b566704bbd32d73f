// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that reads the system clock. Domain code takes a {@link Clock} so tests can fix time; deadlines are
 * reckoned in Western Indonesia Time because the statutory working day is the office day in Jakarta.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(WIB);
    }
}

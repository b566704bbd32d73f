// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public threshold k ({@code netra.publik.small-cell-threshold}, 5 unless configured). */
@Configuration(proxyBeanMethods = false)
class SuppressionConfiguration {

    @Bean
    SmallCellSuppression smallCellSuppression(
            @Value("${netra.publik.small-cell-threshold:" + SmallCellSuppression.DEFAULT_THRESHOLD + "}") int k) {
        return new SmallCellSuppression(k);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import id.netra.intake.config.IntakeProperties;
import id.netra.intake.config.SecretKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReceiptConfiguration {

    @Bean
    ReceiptCodec receiptCodec(IntakeProperties properties) {
        SecretKeys keys = SecretKeys.decode("receipt-lookup-key", properties.receiptLookupKeyId(),
                properties.receiptLookupKey(), properties.receiptLookupOldKeys());
        return new ReceiptCodec(keys, properties.receiptHashIterations());
    }
}

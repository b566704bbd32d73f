// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Draws receipts from the platform's strong random source. */
@Component
class ReceiptGenerator {

    private final SecureRandom random = new SecureRandom();

    Receipt next() {
        return Receipt.random(random);
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Computes a few hundred receipt hashes on one thread before the web server opens its port. Without it, a burst of
 * reports right after a restart makes every request thread run the PBKDF2 loop in the interpreter at the same time,
 * starving the JIT compiler threads: in the benchmark that cost up to ten times the CPU per report for minutes.
 * Singletons are initialised before the server starts, so no request waits behind this. Off with
 * {@code netra.intake.receipt-hash-warm-up=false} (the test build, where no burst follows a start).
 */
@Component
@ConditionalOnBooleanProperty(name = "netra.intake.receipt-hash-warm-up", matchIfMissing = true)
class ReceiptHashWarmUp implements SmartInitializingSingleton {

    /** Enough for HotSpot to compile the HMAC-SHA256 loop at its top tier (measured: a few hundred calls). */
    static final int HASHES = 300;
    private static final Logger log = LoggerFactory.getLogger(ReceiptHashWarmUp.class);

    private final ReceiptCodec codec;
    private final ReceiptGenerator generator;

    ReceiptHashWarmUp(ReceiptCodec codec, ReceiptGenerator generator) {
        this.codec = codec;
        this.generator = generator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int matched = 0;
        for (int i = 0; i < HASHES; i++) {
            Receipt receipt = generator.next();
            matched += codec.matches(receipt, codec.slowHash(receipt)) ? 1 : 0;
        }
        log.info("Receipt hash warmed up: {} hashes and checks in {} ms ({} verified)", HASHES,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), matched);
    }
}

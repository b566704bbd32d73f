// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

import id.netra.intake.config.IntakeProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and {@link Limit}, in memory: each application instance limits on its own, which
 * is enough to stop receipt guessing and form flooding from one address (behind a proxy, configure
 * {@code server.forward-headers-strategy} so that the client address is the real one). Full buckets are dropped
 * periodically so that the map holds only recently active clients.
 */
@Component
public class ClientRateLimiter {

    /** Above this many tracked clients, idle buckets are dropped at once instead of at the next sweep. */
    static final int SWEEP_AT_SIZE = 50_000;

    private final Map<Limit, Rule> rules = new EnumMap<>(Limit.class);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(IntakeProperties properties) {
        IntakeProperties.RateLimits limits = properties.rateLimit();
        rules.put(Limit.SUBMISSION, new Rule(limits.submissions(), limits.submissionsPeriod()));
        rules.put(Limit.RECEIPT_USE, new Rule(limits.receiptLookups(), limits.receiptLookupsPeriod()));
    }

    /** Takes one token, or throws {@link RateLimitExceededException} with the wait until the next one. */
    public void consume(Limit limit, String clientAddress) {
        if (buckets.size() > SWEEP_AT_SIZE) {
            dropIdleBuckets();
        }
        Rule rule = rules.get(limit);
        Bucket bucket = buckets.computeIfAbsent(limit + "|" + clientAddress, key -> rule.newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw new RateLimitExceededException(limit, seconds);
        }
    }

    @Scheduled(fixedDelayString = "PT5M")
    void dropIdleBuckets() {
        buckets.entrySet().removeIf(entry -> {
            Rule rule = rules.get(Limit.valueOf(entry.getKey().substring(0, entry.getKey().indexOf('|'))));
            return entry.getValue().getAvailableTokens() >= rule.capacity();
        });
    }

    int trackedClients() {
        return buckets.size();
    }

    private record Rule(int capacity, Duration period) {

        Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .build();
        }
    }
}

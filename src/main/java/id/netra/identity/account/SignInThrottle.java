// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The login throttling policy: after {@code accountFailures} failed sign-ins for one username, or
 * {@code addressFailures} from one network address, within {@code window}, that username or address is refused for
 * {@code lockout}, right password or not. Counting both stops guessing one account's password from many addresses
 * and guessing many accounts' passwords from one. A successful sign-in clears its account's count but not its
 * address's, so an attacker holding one valid account cannot reset the address count between guesses.
 * <p>
 * The counts live in memory: a restart forgets them, and instances behind a load balancer count separately (each
 * still enforces its own limits). Idle entries are dropped once {@link #MAX_TRACKED} names or addresses are tracked,
 * so a flood of random names cannot exhaust memory.
 */
public class SignInThrottle {

    static final int MAX_TRACKED = 50_000;

    /** Limits of the policy; {@code window} and {@code lockout} must be positive. */
    public record Limits(int accountFailures, int addressFailures, Duration window, Duration lockout) {
    }

    /** Whether an attempt may go on to the password check, and if not for how long it is refused. */
    public record Decision(boolean allowed, String lockedScope, Duration retryAfter) {

        static Decision allow() {
            return new Decision(true, null, Duration.ZERO);
        }

        static Decision refuse(String scope, Duration retryAfter) {
            return new Decision(false, scope, retryAfter);
        }
    }

    /** A lockout that a failure has just started. */
    public record Lockout(String scope, String key, int failures, Instant until) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    public SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Before the password is checked. */
    public synchronized Decision check(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = lockRemaining(accounts, username, now);
        if (account.isPresent()) {
            return Decision.refuse("account", account.get());
        }
        return lockRemaining(addresses, address, now).map(wait -> Decision.refuse("address", wait))
                .orElse(Decision.allow());
    }

    /** After a wrong password (or unknown name); returns the lockouts this failure started, usually none. */
    public synchronized List<Lockout> failed(String username, String address) {
        Instant now = clock.instant();
        List<Lockout> started = new ArrayList<>();
        count(accounts, "account", username, limits.accountFailures(), now).ifPresent(started::add);
        count(addresses, "address", address, limits.addressFailures(), now).ifPresent(started::add);
        return started;
    }

    public synchronized void succeeded(String username) {
        if (username != null) {
            accounts.remove(username);
        }
    }

    private Optional<Duration> lockRemaining(Map<String, Failures> table, String key, Instant now) {
        Failures failures = key == null ? null : table.get(key);
        if (failures == null || failures.lockedUntil == null) {
            return Optional.empty();
        }
        if (!now.isBefore(failures.lockedUntil)) {
            table.remove(key); // the cooling period is over: start counting afresh
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil));
    }

    private Optional<Lockout> count(Map<String, Failures> table, String scope, String key, int limit, Instant now) {
        if (key == null) {
            return Optional.empty();
        }
        if (table.size() >= MAX_TRACKED) {
            forgetIdle(table, now);
        }
        Failures failures = table.computeIfAbsent(key, k -> new Failures());
        failures.forgetBefore(now.minus(limits.window()));
        failures.times.addLast(now);
        if (failures.lockedUntil == null && failures.times.size() >= limit) {
            failures.lockedUntil = now.plus(limits.lockout());
            return Optional.of(new Lockout(scope, key, failures.times.size(), failures.lockedUntil));
        }
        return Optional.empty();
    }

    private void forgetIdle(Map<String, Failures> table, Instant now) {
        Instant windowStart = now.minus(limits.window());
        table.values().removeIf(failures -> {
            failures.forgetBefore(windowStart);
            return failures.times.isEmpty() && (failures.lockedUntil == null || !now.isBefore(failures.lockedUntil));
        });
    }

    private static final class Failures {

        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil;

        void forgetBefore(Instant start) {
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.removeFirst();
            }
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.identity.account.SignInThrottle.Limits;
import id.netra.identity.account.SignInThrottle.Lockout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void fifthFailureForAnAccount_locksItForTheCoolingPeriod() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("budi", "10.0.0." + i)).isEmpty();
        }
        List<Lockout> started = throttle.failed("budi", "10.0.0.9");

        assertThat(started).singleElement().satisfies(lockout -> {
            assertThat(lockout.scope()).isEqualTo("account");
            assertThat(lockout.key()).isEqualTo("budi");
            assertThat(lockout.failures()).isEqualTo(5);
        });
        assertThat(throttle.check("budi", "10.9.9.9").allowed()).isFalse();
        assertThat(throttle.check("budi", "10.9.9.9").retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.check("siti", "10.0.0.9").allowed()).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.check("budi", "10.9.9.9").retryAfter()).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.check("budi", "10.9.9.9").allowed()).isTrue();
        assertThat(throttle.failed("budi", "10.9.9.9")).as("counting starts afresh").isEmpty();
    }

    @Test
    void failuresOutsideTheWindow_doNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("budi", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.failed("budi", "10.0.0.1")).isEmpty();
        assertThat(throttle.check("budi", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void twentiethFailureFromOneAddress_locksTheAddressForEveryName() {
        for (int i = 0; i < 19; i++) {
            assertThat(throttle.failed("user" + i, "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.failed("user19", "10.0.0.1")).singleElement()
                .extracting(Lockout::scope).isEqualTo("address");

        SignInThrottle.Decision fromThere = throttle.check("somebody-else", "10.0.0.1");
        assertThat(fromThere.allowed()).isFalse();
        assertThat(fromThere.lockedScope()).isEqualTo("address");
        assertThat(throttle.check("somebody-else", "10.0.0.2").allowed()).isTrue();
    }

    @Test
    void success_clearsTheAccountCountButNotTheAddressCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("budi", "10.0.0.1");
        }
        throttle.succeeded("budi");
        assertThat(throttle.failed("budi", "10.0.0.2")).isEmpty();

        for (int i = 0; i < 15; i++) {
            throttle.failed("other" + i, "10.0.0.1");
        }
        throttle.succeeded("other0");
        assertThat(throttle.failed("last", "10.0.0.1")).extracting(Lockout::scope).containsExactly("address");
    }

    @Test
    void manyDistinctNames_areForgottenWhenIdle() {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED; i++) {
            throttle.failed("n" + i, null);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("fresh", null);
        for (int i = 0; i < 4; i++) {
            throttle.failed("fresh", null);
        }
        assertThat(throttle.check("fresh", null).allowed()).isFalse();
        assertThat(throttle.check("n1", null).allowed()).isTrue();
    }

    /** A clock moved by hand. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-02-02T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

/** The caller used up their tokens (429); {@code retryAfterSeconds} says when the next one is free. */
public class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceededException(Limit limit, long retryAfterSeconds) {
        super("Rate limit " + limit + " exceeded");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently to ask again after a passing failure: exponential backoff with
 * jitter (half fixed, half random, so clients that failed together do not retry together), and the
 * server's {@code Retry-After} taken as given when it sends one, up to {@link #maxRetryAfter}.
 *
 * @param attempts         tries per request, the first included
 * @param breakerFailures  consecutive unhealthy failures of an endpoint that open its circuit
 * @param breakerCooldown  how long an open circuit refuses requests before letting one probe through
 */
public record RetryPolicy(int attempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
                          int breakerFailures, Duration breakerCooldown) {

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2), 8, Duration.ofSeconds(30));
    }

    /** The wait before try {@code attempt + 1}, after try {@code attempt} failed. */
    public Duration delay(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter.get();
            return asked.plusMillis(random.nextLong(0, 1 + asked.toMillis() / 10 + 50));
        }
        long exponential = baseDelay.toMillis() << Math.min(20, attempt - 1);
        long capped = Math.min(exponential, maxDelay.toMillis());
        return Duration.ofMillis(capped / 2 + random.nextLong(0, capped / 2 + 1));
    }
}

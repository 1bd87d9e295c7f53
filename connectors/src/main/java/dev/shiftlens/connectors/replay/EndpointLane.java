// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.connectors.endpoint.EndpointException;
import dev.shiftlens.connectors.endpoint.EndpointProfile;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One endpoint's share of a replay: its concurrency limit (a fair semaphore, so requests go out
 * roughly in plan order), its circuit breaker, a pause every request honours after a
 * {@code Retry-After}, and whether its key was refused.
 */
final class EndpointLane {

    private final EndpointProfile profile;
    private final Semaphore permits;
    private final CircuitBreaker breaker;
    private final AtomicReference<EndpointException> refusal = new AtomicReference<>();
    private final AtomicReference<EndpointException> lastUnhealthy = new AtomicReference<>();
    private volatile long pausedUntilNanos;

    EndpointLane(EndpointProfile profile, RetryPolicy policy) {
        this.profile = profile;
        this.permits = new Semaphore(profile.concurrency(), true);
        this.breaker = new CircuitBreaker(policy.breakerFailures(), policy.breakerCooldown(), System::nanoTime);
    }

    EndpointProfile profile() {
        return profile;
    }

    void acquire() throws InterruptedException {
        permits.acquire();
    }

    void release() {
        permits.release();
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    /** Every request of this endpoint waits until then: the server asked for a pause. */
    void pauseFor(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            if (until - pausedUntilNanos > 0) {
                pausedUntilNanos = until;
            }
        }
    }

    /** How long to wait before sending; zero when not paused. */
    Duration pauseLeft() {
        long left = pausedUntilNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    void refuse(EndpointException error) {
        refusal.compareAndSet(null, error);
    }

    Optional<EndpointException> refusal() {
        return Optional.ofNullable(refusal.get());
    }

    void unhealthy(EndpointException error) {
        lastUnhealthy.set(error);
        breaker.failed();
    }

    /** The failure that opened the circuit, while it is open. */
    Optional<EndpointException> unavailable() {
        return breaker.isOpen() ? Optional.ofNullable(lastUnhealthy.get()) : Optional.empty();
    }
}

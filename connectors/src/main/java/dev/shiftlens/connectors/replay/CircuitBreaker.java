// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops sending to an endpoint after {@code threshold} consecutive unhealthy failures (5xx, timeouts,
 * refused connections, garbled bodies), so a dead server costs seconds, not an hour of retries.
 * After {@code cooldown} one request probes; success closes the circuit, failure reopens it.
 */
final class CircuitBreaker {

    private final int threshold;
    private final long cooldownNanos;
    private final LongSupplier clock;
    private int consecutiveFailures;
    private long openedAt;
    private boolean open;
    private boolean probing;

    CircuitBreaker(int threshold, Duration cooldown, LongSupplier clock) {
        this.threshold = threshold;
        this.cooldownNanos = cooldown.toNanos();
        this.clock = clock;
    }

    /** Whether a request may go now; while open, only one probe after the cooldown. */
    synchronized boolean allow() {
        if (!open) {
            return true;
        }
        if (!probing && clock.getAsLong() - openedAt >= cooldownNanos) {
            probing = true;
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        open = false;
        probing = false;
    }

    synchronized void failed() {
        consecutiveFailures++;
        if (probing || consecutiveFailures >= threshold) {
            open = true;
            probing = false;
            openedAt = clock.getAsLong();
        }
    }

    synchronized boolean isOpen() {
        return open;
    }
}

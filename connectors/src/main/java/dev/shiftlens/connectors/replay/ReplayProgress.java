// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import java.time.Duration;

/**
 * Where a replay stands.
 *
 * @param fetched answers received from endpoints in this replay (cached ones are counted apart)
 */
public record ReplayProgress(int total, int cached, int fetched, int failed, int notSent, int retries,
                             double spentUsd, Duration elapsed) {

    public int done() {
        return cached + fetched + failed + notSent;
    }

    public double fraction() {
        return total == 0 ? 1 : (double) done() / total;
    }

    /** Answers fetched per second of this replay. */
    public double requestsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : fetched / seconds;
    }

    public String describe() {
        return "%,d of %,d requests (%,d from cache, %,d fetched, %,d failed%s%s), %.1f req/s, spent $%.4f"
                .formatted(done(), total, cached, fetched, failed, notSent == 0 ? "" : ", %,d not sent".formatted(notSent),
                        retries == 0 ? "" : ", %,d retries".formatted(retries), requestsPerSecond(), spentUsd);
    }
}

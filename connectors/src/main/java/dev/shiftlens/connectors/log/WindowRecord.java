// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.log;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** One logged request of a single model: a line of a before- or after-window log. */
public record WindowRecord(long line, String requestId, String query, String output, String model,
                           Optional<Instant> timestamp, Map<String, String> metadata) {

    public WindowRecord {
        metadata = Map.copyOf(metadata);
    }
}

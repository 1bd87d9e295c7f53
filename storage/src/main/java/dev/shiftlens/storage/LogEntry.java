// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** One request of a cutover log as stored: answered by one model, on the before or the after side. */
public record LogEntry(long sourceLine, String requestId, String query, String output, String model, String version,
                       Optional<Instant> timestamp, Map<String, String> metadata) {

    public LogEntry {
        metadata = Map.copyOf(metadata);
    }
}

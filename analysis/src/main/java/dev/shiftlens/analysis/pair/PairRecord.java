// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pair;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request answered by both sides: the canonical paired record of DESIGN.md.
 * A missing output is stored as the empty string; metrics flag it.
 */
public record PairRecord(
        String requestId,
        String query,
        String baselineOutput,
        String candidateOutput,
        Optional<Instant> timestamp,
        String baselineModel,
        String candidateModel,
        Map<String, String> metadata) {

    public PairRecord {
        Objects.requireNonNull(requestId, "requestId");
        query = Objects.requireNonNullElse(query, "");
        baselineOutput = Objects.requireNonNullElse(baselineOutput, "");
        candidateOutput = Objects.requireNonNullElse(candidateOutput, "");
        timestamp = Objects.requireNonNullElse(timestamp, Optional.empty());
        baselineModel = Objects.requireNonNullElse(baselineModel, "");
        candidateModel = Objects.requireNonNullElse(candidateModel, "");
        metadata = Map.copyOf(Objects.requireNonNullElse(metadata, Map.of()));
    }

    public static PairRecord of(String requestId, String query, String baselineOutput, String candidateOutput) {
        return new PairRecord(requestId, query, baselineOutput, candidateOutput, Optional.empty(), "", "", Map.of());
    }
}

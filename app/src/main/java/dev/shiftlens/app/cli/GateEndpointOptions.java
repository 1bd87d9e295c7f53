// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The endpoint form of gate: instead of a paired --input, a log of queries that two endpoint
 * profiles answer now (replayed exactly as {@code replay} does), then the same analysis and checks.
 */
final class GateEndpointOptions {

    @Option(names = "--queries", paramLabel = "LOG", description = "Log whose queries are replayed (paired JSONL as replay reads it).")
    Path queries;

    @Option(names = "--profiles", paramLabel = "FILE", description = "Endpoint profiles (JSON or YAML; docs/replay.md) naming the endpoints.")
    Path profiles;

    @Option(names = "--baseline-endpoint", paramLabel = "PROFILE", description = "Profile (in --profiles) of the production endpoint.")
    String baseline;

    @Option(names = "--candidate-endpoint", paramLabel = "PROFILE",
            description = "Profile of the candidate endpoint; omit to gate the log's own outputs against --baseline-endpoint.")
    String candidate;

    @Option(names = "--sample", paramLabel = "N", description = "Replay N queries of the log, seeded by --seed (default: every query).")
    Integer sample;

    @Option(names = "--stratify-by", paramLabel = "FIELD|query-cluster", description = "Keep each value of this metadata field at its share of the sample.")
    String stratifyBy;

    @Option(names = "--max-cost", paramLabel = "USD", description = "Stop before spending more than this (exit 2, answers kept; rerun to finish).")
    Double maxCost;

    /** Whether any endpoint option was given: then this form is meant, and its options must be complete. */
    boolean given() {
        return queries != null || profiles != null || baseline != null || candidate != null;
    }

    /** Checks this form alone, and that it is not mixed with the paired-input form. */
    void validate(ImportOptions paired) {
        if (paired.input != null || paired.baseline != null || paired.candidate != null) {
            throw new UsageException("give either a paired log (--input, or --baseline/--candidate FILE) or endpoints "
                    + "(--queries LOG --profiles FILE --baseline-endpoint PROFILE --candidate-endpoint PROFILE), not both.");
        }
        if (queries == null || profiles == null || baseline == null) {
            throw new UsageException("the endpoint form needs --queries LOG, --profiles FILE and --baseline-endpoint PROFILE"
                    + " (and usually --candidate-endpoint PROFILE).");
        }
        if (sample != null && sample < 1) {
            throw new UsageException("--sample must be at least 1.");
        }
    }

    int sampleSize() {
        return sample == null ? Integer.MAX_VALUE : sample;
    }

    Optional<String> candidate() {
        return Optional.ofNullable(candidate);
    }

    Optional<String> stratifyBy() {
        return Optional.ofNullable(stratifyBy);
    }
}

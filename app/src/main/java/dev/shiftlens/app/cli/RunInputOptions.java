// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** What analyze and gate both take besides the input ({@link ImportOptions}): where to keep the run, the analysis settings and the manifests. */
final class RunInputOptions {

    @Option(names = "--workspace", paramLabel = "FILE.duckdb", description = "Workspace to keep the run in (default: DIR/workspace.duckdb).")
    Path workspace;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for sampling, clustering and layout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-cluster-size", defaultValue = "0", paramLabel = "N",
            description = "Smallest group of pairs reported as a cluster (default: chosen from the data size).")
    int minClusterSize;

    @Option(names = "--strict", description = "Treat any rejected input row as an input error (exit 2).")
    boolean strict;

    @Option(names = "--baseline-manifest", paramLabel = "FILE",
            description = "JSON or YAML object describing the baseline release (endpoint, prompt_version, temperature, ...).")
    Path baselineManifest;

    @Option(names = "--candidate-manifest", paramLabel = "FILE",
            description = "JSON or YAML object describing the candidate release, compared side by side with the baseline's.")
    Path candidateManifest;

    AnalysisSettings settings() {
        return AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize);
    }

    Path workspaceIn(Path out) {
        return workspace != null ? workspace : out.resolve("workspace.duckdb");
    }

    Optional<Path> baselineManifest() {
        return Optional.ofNullable(baselineManifest);
    }

    Optional<Path> candidateManifest() {
        return Optional.ofNullable(candidateManifest);
    }
}

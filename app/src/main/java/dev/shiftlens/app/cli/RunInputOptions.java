// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.metrics.JsonSchemaCheck;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.app.jobs.EmbeddingModels;
import dev.shiftlens.app.jobs.EmbeddingPath;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.KeyUnavailableException;
import dev.shiftlens.connectors.endpoint.OpenAiEmbeddingsEmbedder;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

    @Option(names = "--noise-floor", paramLabel = "X",
            description = "Fix the noise floor (0 to 1) instead of estimating it from the data; structural changes diverge regardless.")
    Double noiseFloor;

    @Option(names = "--floor-width", defaultValue = "3.0", paramLabel = "SDS",
            description = "Robust SDs above typical variation for the estimated floor (default: ${DEFAULT-VALUE}).")
    double floorWidth;

    @Option(names = "--json-schema", paramLabel = "FILE",
            description = "JSON Schema the outputs must follow; schema conformance becomes a metric.")
    Path jsonSchema;

    @Option(names = "--verdict-policy", paramLabel = "FILE",
            description = {"Verdicts for kinds of change, one `kind: verdict` line each (e.g. refusal_appeared: neutral);",
                    "kinds not named keep the written policy (analyze --print-verdict-policy prints it)."})
    Path verdictPolicy;

    @Option(names = "--strict", description = "Treat any rejected input row as an input error (exit 2).")
    boolean strict;

    @Option(names = "--baseline-manifest", paramLabel = "FILE",
            description = "JSON or YAML object describing the baseline release (endpoint, prompt_version, temperature, ...).")
    Path baselineManifest;

    @Option(names = "--candidate-manifest", paramLabel = "FILE",
            description = "JSON or YAML object describing the candidate release, compared side by side with the baseline's.")
    Path candidateManifest;

    @Option(names = "--embedding", paramLabel = "MODEL", defaultValue = "static",
            description = {"Sentence embeddings of the outputs: static (default; distilled from all-MiniLM-L6-v2 on first use, in",
                    "10-60 s, and kept in ~/.cache/shiftlens; 100x+ faster to embed), minilm (the transformer itself,",
                    "~60-350 texts/s on two cores), or endpoint (an openai-embeddings profile: --embedding-profile, --embedding-profiles)."})
    String embedding;

    @Option(names = "--embedding-profiles", paramLabel = "FILE", description = "Profile file defining --embedding-profile (with --embedding endpoint).")
    Path embeddingProfiles;

    @Option(names = "--embedding-profile", paramLabel = "NAME", description = "openai-embeddings profile to embed with (with --embedding endpoint).")
    String embeddingProfile;

    /** Which embedding path, checked: an unknown name or an endpoint without its profile is a usage error. */
    EmbeddingPath embeddingPath() {
        EmbeddingPath path = EmbeddingPath.of(embedding).orElseThrow(() -> new UsageException(
                "--embedding must be one of " + EmbeddingPath.ids() + "; it is '" + embedding + "'."));
        if (path == EmbeddingPath.ENDPOINT && (embeddingProfile == null || embeddingProfiles == null)) {
            throw new UsageException("--embedding endpoint needs --embedding-profile NAME and --embedding-profiles FILE defining it"
                    + " (an openai-embeddings profile; docs/replay.md).");
        }
        if (path != EmbeddingPath.ENDPOINT && (embeddingProfile != null || embeddingProfiles != null)) {
            throw new UsageException("--embedding-profile and --embedding-profiles go with --embedding endpoint; it is '" + embedding + "'.");
        }
        return path;
    }

    /** The embedder the analysis uses; a bad profile or missing key is a usage error before anything is imported. */
    TextEmbedder embedder(KeyResolver keys) {
        EmbeddingPath path = embeddingPath();
        if (path != EmbeddingPath.ENDPOINT) {
            return EmbeddingModels.bundled(path);
        }
        try {
            EndpointProfile profile = EndpointProfiles.load(embeddingProfiles).get(embeddingProfile);
            return new OpenAiEmbeddingsEmbedder(profile, keys.resolve(profile));
        } catch (ProfileFileException | KeyUnavailableException | IllegalArgumentException e) {
            throw new UsageException("--embedding-profile: " + e.getMessage());
        }
    }

    /** The analysis settings, checked; a bad value or schema file is a usage error naming it. */
    AnalysisSettings settings() {
        if (minClusterSize != 0 && minClusterSize < AnalysisSettings.SMALLEST_CLUSTER_SIZE) {
            throw new UsageException("--min-cluster-size must be 0 (auto) or at least " + AnalysisSettings.SMALLEST_CLUSTER_SIZE
                    + "; it is " + minClusterSize + ".");
        }
        if (!(floorWidth > 0 && floorWidth <= AnalysisSettings.WIDEST_FLOOR_WIDTH)) {
            throw new UsageException("--floor-width must be above 0 and at most " + (int) AnalysisSettings.WIDEST_FLOOR_WIDTH
                    + " robust SDs; it is " + floorWidth + ".");
        }
        AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seed).withMinClusterSize(minClusterSize).withFloorWidth(floorWidth);
        if (noiseFloor != null) {
            if (!(noiseFloor >= 0 && noiseFloor <= 1)) {
                throw new UsageException("--noise-floor must be from 0 to 1 (divergence scores lie between them); it is " + noiseFloor + ".");
            }
            settings = settings.withNoiseFloor(noiseFloor);
        }
        if (jsonSchema != null) {
            String text;
            try {
                text = Files.readString(jsonSchema);
            } catch (IOException e) {
                throw new UsageException("--json-schema: cannot read " + jsonSchema + " (" + e.getClass().getSimpleName() + ").");
            }
            try {
                JsonSchemaCheck.of(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--json-schema: " + jsonSchema + " is not a JSON Schema: " + e.getMessage());
            }
            settings = settings.withJsonSchema(text, jsonSchema.toString());
        }
        if (verdictPolicy != null) {
            settings = settings.withVerdictPolicy(verdictPolicy(verdictPolicy));
        }
        return settings;
    }

    private static VerdictPolicy verdictPolicy(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UsageException("--verdict-policy: cannot read " + file + " (" + e.getClass().getSimpleName() + ").");
        }
        try {
            return VerdictPolicy.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--verdict-policy: " + file + ", " + e.getMessage()
                    + ". Start from `shiftlens analyze --print-verdict-policy`.");
        }
    }

    Path workspaceIn(Path out) {
        return workspace != null ? workspace : out.resolve("workspace.duckdb");
    }

    /** The --baseline-manifest / --candidate-manifest entries, read now: a bad file is exit 2 before any work. */
    GivenManifests givenManifests() {
        return new GivenManifests(read(baselineManifest, "baseline manifest"), read(candidateManifest, "candidate manifest"));
    }

    private static Map<String, String> read(Path file, String what) {
        return Optional.ofNullable(file).map(f -> StructuredFiles.readFlat(f, what)).orElse(Map.of());
    }

    /** What the user says of each side of the run, laid over what the run itself knows. */
    record GivenManifests(Map<String, String> baseline, Map<String, String> candidate) {

        RunManifests over(RunManifests known) {
            return new RunManifests(known.baseline().merge(baseline), known.candidate().merge(candidate));
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.characterise.VerdictPolicy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the user may tune; everything else follows from the data.
 *
 * @param minClusterSize    0 chooses from the number of diverged pairs
 * @param noiseFloor        a fixed floor instead of the one estimated from the data
 * @param floorWidth        how many robust standard deviations above typical variation a pair must be to diverge
 * @param jsonSchema        when the outputs must follow a JSON Schema
 * @param jsonSchemaSource  where that schema came from (a file path), recorded so a re-analysis can read it again
 * @param verdictPolicy     the verdict each kind of change gets: the written policy with the user's overrides
 */
public record AnalysisSettings(long seed, int minClusterSize, OptionalDouble noiseFloor, double floorWidth,
                               Optional<String> jsonSchema, Optional<String> jsonSchemaSource, VerdictPolicy verdictPolicy) {

    /** The key of the user's verdict overrides in the provenance, as {@code kind: verdict} lines; absent when there are none. */
    public static final String VERDICT_POLICY = "verdict_policy";

    /** The key of the cluster size the analysis actually used in its provenance (the chosen one when set to auto). */
    public static final String MIN_CLUSTER_SIZE_USED = "min_cluster_size_used";

    /** The smallest cluster a user may ask for: below it HDBSCAN has no notion of a group (0 still means auto). */
    public static final int SMALLEST_CLUSTER_SIZE = 2;
    /** The widest estimated floor, in robust SDs: beyond it only structural changes could diverge, which a fixed floor of 1 says more plainly. */
    public static final double WIDEST_FLOOR_WIDTH = 20;

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(42, 0, OptionalDouble.empty(), 3.0, Optional.empty(), Optional.empty(), VerdictPolicy.written());
    }

    public AnalysisSettings withSeed(long value) {
        return new AnalysisSettings(value, minClusterSize, noiseFloor, floorWidth, jsonSchema, jsonSchemaSource, verdictPolicy);
    }

    public AnalysisSettings withMinClusterSize(int value) {
        return new AnalysisSettings(seed, value, noiseFloor, floorWidth, jsonSchema, jsonSchemaSource, verdictPolicy);
    }

    public AnalysisSettings withNoiseFloor(double value) {
        return new AnalysisSettings(seed, minClusterSize, OptionalDouble.of(value), floorWidth, jsonSchema, jsonSchemaSource, verdictPolicy);
    }

    public AnalysisSettings withEstimatedNoiseFloor() {
        return new AnalysisSettings(seed, minClusterSize, OptionalDouble.empty(), floorWidth, jsonSchema, jsonSchemaSource, verdictPolicy);
    }

    public AnalysisSettings withFloorWidth(double value) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, value, jsonSchema, jsonSchemaSource, verdictPolicy);
    }

    public AnalysisSettings withJsonSchema(String schema) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, floorWidth, Optional.of(schema), Optional.empty(), verdictPolicy);
    }

    /** A schema read from {@code source} (a file), which the stored settings name so it can be read again. */
    public AnalysisSettings withJsonSchema(String schema, String source) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, floorWidth, Optional.of(schema), Optional.of(source), verdictPolicy);
    }

    public AnalysisSettings withVerdictPolicy(VerdictPolicy value) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, floorWidth, jsonSchema, jsonSchemaSource, value);
    }

    /**
     * The settings that {@link #describe()} wrote, as far as they can be read back: the verdict policy
     * (the rest a caller reads key by key). Lets a re-analysis keep the policy of the analysis it replaces.
     *
     * @throws IllegalArgumentException when the stored policy names a kind or verdict this version does not know
     */
    public static VerdictPolicy verdictPolicyOf(Map<String, String> described) {
        return VerdictPolicy.parse(described.getOrDefault(VERDICT_POLICY, ""));
    }

    /** For provenance in the artifact and the store. */
    public Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("seed", Long.toString(seed));
        described.put("min_cluster_size", minClusterSize == 0 ? "auto" : Integer.toString(minClusterSize));
        described.put("noise_floor", noiseFloor.isPresent() ? Double.toString(noiseFloor.getAsDouble()) : "estimated");
        described.put("floor_width", Double.toString(floorWidth));
        described.put("json_schema", jsonSchema.isEmpty() ? "none" : jsonSchemaSource.orElse("given"));
        if (!verdictPolicy.overrides().isEmpty()) {
            described.put(VERDICT_POLICY, verdictPolicy.describeOverrides());
        }
        return described;
    }
}

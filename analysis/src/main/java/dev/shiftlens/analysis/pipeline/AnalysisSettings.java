// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

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
 */
public record AnalysisSettings(long seed, int minClusterSize, OptionalDouble noiseFloor, double floorWidth,
                               Optional<String> jsonSchema, Optional<String> jsonSchemaSource) {

    /** The key of the cluster size the analysis actually used in its provenance (the chosen one when set to auto). */
    public static final String MIN_CLUSTER_SIZE_USED = "min_cluster_size_used";

    /** The smallest cluster a user may ask for: below it HDBSCAN has no notion of a group (0 still means auto). */
    public static final int SMALLEST_CLUSTER_SIZE = 2;
    /** The widest estimated floor, in robust SDs: beyond it only structural changes could diverge, which a fixed floor of 1 says more plainly. */
    public static final double WIDEST_FLOOR_WIDTH = 20;

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(42, 0, OptionalDouble.empty(), 3.0, Optional.empty(), Optional.empty());
    }

    public AnalysisSettings withSeed(long value) {
        return new AnalysisSettings(value, minClusterSize, noiseFloor, floorWidth, jsonSchema, jsonSchemaSource);
    }

    public AnalysisSettings withMinClusterSize(int value) {
        return new AnalysisSettings(seed, value, noiseFloor, floorWidth, jsonSchema, jsonSchemaSource);
    }

    public AnalysisSettings withNoiseFloor(double value) {
        return new AnalysisSettings(seed, minClusterSize, OptionalDouble.of(value), floorWidth, jsonSchema, jsonSchemaSource);
    }

    public AnalysisSettings withEstimatedNoiseFloor() {
        return new AnalysisSettings(seed, minClusterSize, OptionalDouble.empty(), floorWidth, jsonSchema, jsonSchemaSource);
    }

    public AnalysisSettings withFloorWidth(double value) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, value, jsonSchema, jsonSchemaSource);
    }

    public AnalysisSettings withJsonSchema(String schema) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, floorWidth, Optional.of(schema), Optional.empty());
    }

    /** A schema read from {@code source} (a file), which the stored settings name so it can be read again. */
    public AnalysisSettings withJsonSchema(String schema, String source) {
        return new AnalysisSettings(seed, minClusterSize, noiseFloor, floorWidth, Optional.of(schema), Optional.of(source));
    }

    /** For provenance in the artifact and the store. */
    public Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("seed", Long.toString(seed));
        described.put("min_cluster_size", minClusterSize == 0 ? "auto" : Integer.toString(minClusterSize));
        described.put("noise_floor", noiseFloor.isPresent() ? Double.toString(noiseFloor.getAsDouble()) : "estimated");
        described.put("floor_width", Double.toString(floorWidth));
        described.put("json_schema", jsonSchema.isEmpty() ? "none" : jsonSchemaSource.orElse("given"));
        return described;
    }
}

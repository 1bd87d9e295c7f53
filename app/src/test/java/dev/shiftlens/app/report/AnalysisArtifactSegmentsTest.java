// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fixture: even pairs (tier plus) are cluster 0, pairs 1 and 3 cluster 1; region eu-west is pairs 0, 3, 6, 9. */
class AnalysisArtifactSegmentsTest {

    @TempDir
    Path dir;

    private JsonNode segments() throws IOException {
        Path file = dir.resolve("analysis.json");
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = ReportFixture.create(store, dir);
            AnalysisArtifact.write(file, store, runId, store.analysis(runId).orElseThrow());
        }
        return new ObjectMapper().readTree(file.toFile()).get("segments");
    }

    @Test
    void everyMetadataFieldIsBrokenDownByValueWithItsFiguresAndEachClustersShare() throws IOException {
        JsonNode segments = segments();

        assertThat(segments.fieldNames()).toIterable().containsExactly("region", "tier");
        JsonNode plus = value(segments.get("tier"), "plus");
        assertThat(plus.get("pairs").asInt()).isEqualTo(6);
        assertThat(plus.get("diverged_share").asDouble()).isEqualTo(1.0);
        assertThat(plus.get("regression_share").asDouble()).isEqualTo(1.0);
        assertThat(plus.get("mean_length_ratio").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(plus.get("mean_semantic_similarity").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(plus.get("candidate_refusal_rate").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(plus.get("clusters").toString()).isEqualTo("[{\"id\":0,\"pairs\":6,\"share\":1.0},{\"id\":1,\"pairs\":0,\"share\":0.0}]");

        JsonNode free = value(segments.get("tier"), "free");
        assertThat(free.get("diverged_share").asDouble()).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(free.get("mean_semantic_similarity").asDouble()).isCloseTo((2 * 0.6 + 4 * 1.0) / 6, within(1e-9));
        assertThat(free.get("clusters").get(1).get("share").asDouble()).isCloseTo(2.0 / 6, within(1e-9));

        JsonNode euWest = value(segments.get("region"), "eu-west");
        assertThat(euWest.get("pairs").asInt()).isEqualTo(4);
        assertThat(euWest.get("diverged_share").asDouble()).isEqualTo(0.75);
        assertThat(euWest.get("clusters").get(0).get("share").asDouble()).isEqualTo(0.5);
        assertThat(euWest.get("clusters").get(1).get("share").asDouble()).isEqualTo(0.25);
    }

    @Test
    void valuesAreListedMostPairsFirst() throws IOException {
        JsonNode region = segments().get("region");

        assertThat(region.get(0).get("value").asText()).isEqualTo("us-east");
        assertThat(region.get(0).get("pairs").asInt()).isEqualTo(8);
    }

    private static JsonNode value(JsonNode values, String value) {
        for (JsonNode node : values) {
            if (node.get("value").asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no value " + value + " in " + values);
    }
}

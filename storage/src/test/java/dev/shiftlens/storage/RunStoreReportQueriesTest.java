// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What reports and the gate read: pairs by id, each pair's segment fields, and the run's manifests. */
class RunStoreReportQueriesTest {

    @TempDir
    Path folder;

    private int importFivePairs(RunStore store) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("""
                    {"request_id":"r%d","query":"q%d","baseline_output":"b%d","candidate_output":"c%d","metadata":{"region":"%s"}}
                    """.formatted(i, i, i, i, i < 2 ? "eu" : "us"));
        }
        Path input = Files.writeString(folder.resolve("in.jsonl"), lines);
        return store.importPairs(input, "in.jsonl", ProgressListener.NONE, Cancellation.none()).runId();
    }

    @Test
    void pairsByIdsFetchesOnlyThoseAskedFor() throws IOException {
        try (RunStore store = RunStore.open(folder.resolve("w.duckdb"))) {
            int runId = importFivePairs(store);

            Map<Integer, PairRecord> pairs = store.pairsByIds(runId, List.of(3, 1, 99));

            assertThat(pairs).containsOnlyKeys(1, 3);
            assertThat(pairs.get(3).requestId()).isEqualTo("r3");
            assertThat(pairs.get(1).candidateOutput()).isEqualTo("c1");
            assertThat(store.pairsByIds(runId, List.of())).isEmpty();
        }
    }

    @Test
    void pairMetadataIsInPairOrder() throws IOException {
        try (RunStore store = RunStore.open(folder.resolve("w.duckdb"))) {
            int runId = importFivePairs(store);

            assertThat(store.pairMetadata(runId)).extracting(m -> m.get("region")).containsExactly("eu", "eu", "us", "us", "us");
        }
    }

    @Test
    void manifestsSurviveReopeningAndCompareSideBySide() throws IOException {
        Path file = folder.resolve("w.duckdb");
        int runId;
        try (RunStore store = RunStore.open(file)) {
            runId = importFivePairs(store);
            assertThat(store.manifests(runId)).isEmpty();
            store.saveManifests(runId, new RunManifests(new ReleaseManifest(Map.of("model", "a", "temperature", "0.2")),
                    new ReleaseManifest(Map.of("model", "b", "temperature", "0.2", "prompt_version", "v48"))));
        }
        try (RunStore store = RunStore.open(file)) {
            RunManifests manifests = store.manifests(runId).orElseThrow();

            assertThat(manifests.differences()).extracting(RunManifests.Row::key).containsExactly("model", "prompt_version");
            assertThat(manifests.sideBySide()).contains(new RunManifests.Row("temperature", "0.2", "0.2"));
        }
    }

    @Test
    void migrationVersionsComeFromScriptNames() {
        assertThat(Migrations.versionOf("V7__run_manifests.sql")).isEqualTo(7);
        assertThat(Migrations.latestVersion()).isGreaterThanOrEqualTo(7);
    }
}

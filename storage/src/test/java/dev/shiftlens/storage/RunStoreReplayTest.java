// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.pair.PairRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreReplayTest {

    @TempDir
    Path dir;

    private static StoredResponse answer(String key, String output) {
        return new StoredResponse(key, "baseline", "openai-chat http://127.0.0.1:1/v1", "m1", "{\"model\":\"m1\"}",
                "{\"choices\":[]}", output, 12, 30, true, 0.0042, 210);
    }

    @Test
    void responseIsKeptAcrossReopeningAndStoredOnlyOnce() {
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            assertThat(store.storeResponse(answer("k1", "first"))).isTrue();
            assertThat(store.storeResponse(answer("k1", "second"))).isFalse();
        }
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            assertThat(store.response("k1")).contains(answer("k1", "first"));
            assertThat(store.response("k2")).isEmpty();
            assertThat(store.responseCount()).isEqualTo(1);
        }
    }

    @Test
    void manyResponsesAreStoredTogetherAndFoundInOneLookup() {
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            store.storeResponse(answer("k0", "kept earlier"));
            int added = store.storeResponses(List.of(answer("k0", "again"), answer("k1", "one"), answer("k2", "two")));

            assertThat(added).isEqualTo(2);
            assertThat(store.responses(List.of("k0", "k2", "k9")))
                    .containsOnlyKeys("k0", "k2")
                    .hasEntrySatisfying("k0", kept -> assertThat(kept.output()).isEqualTo("kept earlier"));
        }
    }

    @Test
    void producedRunStoresPairsAndRejectsThatReconcile() {
        PairRecord pair = new PairRecord("r-1", "Is it covered?", "Yes, for two years.", "Yes.",
                Optional.of(Instant.parse("2026-04-02T10:15:00Z")), "m1", "m2", Map.of("region", "eu"));
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = store.createRun(new NewRun("replay m1 vs m2", "replay", "sample of log.jsonl", "{\"seed\":7}"));
            assertThat(store.run(runId)).hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("producing"));
            store.completeRun(runId, List.of(pair), List.of(new RejectedRow("replay:candidate", 2, "Why?", "HTTP 400")));
            assertThat(store.pairs(runId)).containsExactly(pair);
            assertThat(store.rejects(runId)).extracting(RejectedRow::describe).containsExactly("replay:candidate:2: HTTP 400");
            assertThat(store.run(runId)).hasValueSatisfying(run -> {
                assertThat(run.mode()).isEqualTo("replay");
                assertThat(run.status()).isEqualTo("imported");
                assertThat(run.rowsRead()).isEqualTo(run.rowsStored() + run.rowsRejected()).isEqualTo(2);
            });
            assertThat(store.runSettings(runId)).contains("\"seed\"");
        }
    }

    @Test
    void workspaceWithoutTheResponsesTableGetsItOnOpening() throws SQLException {
        Path file = dir.resolve("old.duckdb");
        try (RunStore store = RunStore.open(file)) {
            assertThat(store.responseCount()).isZero();
        }
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + file); var statement = connection.createStatement()) {
            statement.execute("DROP TABLE responses");
            statement.execute("DELETE FROM schema_version WHERE version = 5");
        }
        try (RunStore store = RunStore.open(file)) {
            assertThat(store.storeResponse(answer("k", "x"))).isTrue();
        }
    }
}

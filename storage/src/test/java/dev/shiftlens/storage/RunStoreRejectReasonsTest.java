// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreRejectReasonsTest {

    @TempDir
    Path dir;

    private static String good(int i) {
        return "{\"request_id\":\"r" + i + "\",\"query\":\"q" + i + "\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}";
    }

    private static String noQuery(int i) {
        return "{\"request_id\":\"n" + i + "\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}";
    }

    @Test
    void rejectReasonsGroupTheRejectedRowsMostFrequentFirstWithTheFirstLineOfEach() throws IOException {
        Path input = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                good(1), noQuery(1), good(2), noQuery(2), good(2).replace("q2", "other"), noQuery(3), good(3)) + "\n");
        try (RunStore store = RunStore.open(dir.resolve("workspace.duckdb"))) {
            ImportReport report = store.importPairs(input, "mixed", ProgressListener.NONE, Cancellation.none());

            assertThat(report.rowsRejected()).isEqualTo(4);
            assertThat(store.rejectReasons(report.runId())).satisfiesExactly(
                    missing -> {
                        assertThat(missing.reason()).startsWith("missing `query`");
                        assertThat(missing.rows()).isEqualTo(3);
                        assertThat(missing.firstSource()).isEqualTo("mixed.jsonl");
                        assertThat(missing.firstLine()).isEqualTo(2);
                    },
                    duplicate -> {
                        assertThat(duplicate.reason()).startsWith("duplicate request_id `r2`");
                        assertThat(duplicate.rows()).isEqualTo(1);
                        assertThat(duplicate.firstLine()).isEqualTo(5);
                        assertThat(duplicate.describe()).endsWith(": 1 row, first at mixed.jsonl:5");
                    });
        }
    }

    @Test
    void aRunWithoutRejectsHasNoReasons() throws IOException {
        Path input = Files.writeString(dir.resolve("good.jsonl"), good(1) + "\n" + good(2) + "\n");
        try (RunStore store = RunStore.open(dir.resolve("workspace.duckdb"))) {
            ImportReport report = store.importPairs(input, "good", ProgressListener.NONE, Cancellation.none());

            assertThat(store.rejectReasons(report.runId())).isEmpty();
        }
    }
}

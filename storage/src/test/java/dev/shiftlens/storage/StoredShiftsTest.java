// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.PopulationShift.Direction;
import dev.shiftlens.analysis.result.PopulationShift.Kind;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoredShiftsTest {

    private static final PopulationShift LONGER = new PopulationShift("chars", Kind.RATIO, 800, 1650, 2.05, 1.98, 2.12, 1e-9,
            0.97, 2, Direction.UP, true, "candidate answers are 2.1× longer (median)",
            "candidate answers are 2.1× longer (median per pair, 95% CI 2.0–2.1×); longer in 97% of pairs, sign test p < 0.001");

    @TempDir
    Path dir;

    @Test
    void runLevelShiftsSurviveReopeningTheWorkspace() throws Exception {
        int runId = storeAnalysis(List.of(LONGER));

        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            assertThat(store.analysisSummary(runId)).hasValueSatisfying(summary -> assertThat(summary.shifts()).containsExactly(LONGER));
        }
    }

    @Test
    void aSummaryStoredBeforeRunLevelShiftsExistedReadsWithNone() throws Exception {
        int runId = storeAnalysis(List.of());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"));
             PreparedStatement update = connection.prepareStatement("UPDATE analyses SET summary = ? WHERE run_id = ?")) {
            update.setString(1, """
                    {"pairs":2,"diverged":1,"clustered":0,"clusters":0,"noiseFloor":0.2,"noiseFloorMethod":"fixed",
                     "regressionShare":0.0,"improvementShare":0.0,"headline":"stored by an older version"}""");
            update.setInt(2, runId);
            assertThat(update.executeUpdate()).isOne();
        }

        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            assertThat(store.analysisSummary(runId)).hasValueSatisfying(summary -> {
                assertThat(summary.headline()).isEqualTo("stored by an older version");
                assertThat(summary.shifts()).isEmpty();
            });
        }
    }

    private int storeAnalysis(List<PopulationShift> shifts) throws Exception {
        Path input = dir.resolve("pairs.jsonl");
        Files.writeString(input, """
                {"request_id":"a","query":"q","baseline_output":"x","candidate_output":"xx"}
                {"request_id":"b","query":"q","baseline_output":"y","candidate_output":"yy"}
                """);
        RunAnalysis analysis = new RunAnalysis(
                new AnalysisSummary(2, 1, 0, 0, 0.2, "fixed", 0, 0, "two pairs", shifts), List.of(),
                List.of(new PairOutcome(0, "a", 0.1, false, -1, 0, 0, Map.of(), List.of()),
                        new PairOutcome(1, "b", 0.9, true, -1, 1, 1, Map.of(), List.of())),
                Map.of("seed", "42"));
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = store.importPairs(input, "run", ProgressListener.NONE, Cancellation.none()).runId();
            store.saveAnalysis(runId, analysis);
            return runId;
        }
    }
}

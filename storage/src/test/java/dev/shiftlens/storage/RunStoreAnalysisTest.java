// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void analysisAndFindingsSurviveReopeningTheWorkspace() throws IOException {
        Path input = dir.resolve("pairs.jsonl");
        Files.writeString(input, """
                {"request_id":"a","query":"q","baseline_output":"x","candidate_output":"x"}
                {"request_id":"b","query":"q","baseline_output":"x","candidate_output":"I can't."}
                """);
        ClusterSummary refusals = new ClusterSummary(0, "Refuses more", 1, 0.5, Verdict.REGRESSION, 0.97,
                List.of("refusals 0% → 100%"), List.of("candidate refuses"), List.of("book"),
                List.of(new SegmentLift("region", "eu-west", 1.0, 0.5)), List.of(1));
        RunAnalysis analysis = new RunAnalysis(
                new AnalysisSummary(2, 1, 1, 1, 0.2, "median + 3 MAD", 0.5, 0.0, "one regression cluster"),
                List.of(refusals),
                List.of(new PairOutcome(0, "a", 0.0, false, -1, 0.1, 0.2, Map.of("length_ratio", 1.0), List.of()),
                        new PairOutcome(1, "b", 0.9, true, 0, 1.5, -2.0, Map.of("candidate_refusal", 1.0), List.of("refusal"))),
                Map.of("seed", "42"));
        int runId;
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            runId = store.importPairs(input, "run", ProgressListener.NONE, Cancellation.none()).runId();
            store.saveAnalysis(runId, analysis);
            store.saveFinding(runId, new Finding(0, Optional.of(Verdict.NEUTRAL), "expected: new policy"));
        }
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            assertThat(store.analysis(runId)).contains(analysis);
            assertThat(store.findings(runId)).containsExactly(new Finding(0, Optional.of(Verdict.NEUTRAL), "expected: new policy"));
            assertThat(store.run(runId)).hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("analysed"));
        }
    }
}

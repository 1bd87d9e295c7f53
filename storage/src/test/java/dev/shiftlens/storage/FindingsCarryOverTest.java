// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PreviousFinding;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsCarryOverTest {

    @TempDir
    Path dir;

    /** An analysis of 10 pairs where {@code clusterOf[i]} is pair i's cluster (-1: none), labelled by {@code labels}. */
    private static RunAnalysis analysis(int[] clusterOf, String... labels) {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < clusterOf.length; i++) {
            pairs.add(new PairOutcome(i, "r" + i, clusterOf[i] < 0 ? 0 : 0.9, clusterOf[i] >= 0, clusterOf[i], i, i, Map.of(), List.of()));
        }
        List<ClusterSummary> clusters = new ArrayList<>();
        for (int c = 0; c < labels.length; c++) {
            int id = c;
            int size = (int) java.util.Arrays.stream(clusterOf).filter(k -> k == id).count();
            clusters.add(new ClusterSummary(c, labels[c], size, size / 10.0, Verdict.REGRESSION, 0.9, List.of(), List.of(), List.of(),
                    List.of(), List.of()));
        }
        return new RunAnalysis(new AnalysisSummary(clusterOf.length, 0, 0, labels.length, 0.2, "test", 0, 0, "h"), clusters, pairs,
                Map.of("seed", "42"));
    }

    private int run(RunStore store) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append("{\"request_id\":\"r%d\",\"query\":\"q\",\"baseline_output\":\"x\",\"candidate_output\":\"y\"}\n".formatted(i));
        }
        Path input = Files.writeString(dir.resolve("pairs.jsonl"), lines);
        return store.importPairs(input, "run", ProgressListener.NONE, Cancellation.none()).runId();
    }

    @Test
    void aFindingFollowsItsClusterWhenTheReAnalysisNumbersItDifferently() throws IOException {
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = run(store);
            store.saveAnalysis(runId, analysis(new int[] {0, 0, 0, 0, 1, 1, 1, -1, -1, -1}, "Shorter", "Refuses"));
            store.saveFinding(runId, new Finding(1, Optional.of(Verdict.NEUTRAL), "refusals are the new policy"));

            // the refusals are now cluster 0 and one of their pairs fell into noise; the shorter answers are cluster 1
            store.saveAnalysis(runId, analysis(new int[] {1, 1, 1, 1, 0, 0, -1, -1, -1, -1}, "Refuses", "Shorter"));

            assertThat(store.findings(runId)).containsExactly(new Finding(0, Optional.of(Verdict.NEUTRAL), "refusals are the new policy"));
            assertThat(store.previousFindings(runId)).isEmpty();
        }
    }

    @Test
    void aFindingWhoseClusterIsGoneIsKeptAsBelongingToTheEarlierAnalysis() throws IOException {
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = run(store);
            store.saveAnalysis(runId, analysis(new int[] {0, 0, 0, 0, 1, 1, 1, -1, -1, -1}, "Shorter", "Refuses"));
            store.saveFinding(runId, new Finding(1, Optional.of(Verdict.NEUTRAL), "refusals are the new policy"));

            // a larger smallest cluster: only the shorter answers stay a cluster, with the same id the refusals had not
            store.saveAnalysis(runId, analysis(new int[] {0, 0, 0, 0, -1, -1, -1, -1, -1, -1}, "Shorter"));

            assertThat(store.findings(runId)).isEmpty();
            assertThat(store.previousFindings(runId)).containsExactly(
                    new PreviousFinding(1, "Refuses", 3, Optional.of(Verdict.NEUTRAL), "refusals are the new policy"));
        }
    }

    @Test
    void aClusterSharingOnlyHalfItsPairsIsNotTheSameCluster() {
        var members = java.util.Set.of(1, 2, 3, 4);

        assertThat(FindingsCarryOver.match(members, Map.of(7, java.util.Set.of(1, 2, 5, 6)))).isEmpty();
        assertThat(FindingsCarryOver.match(members, Map.of(7, java.util.Set.of(1, 2, 3, 5)))).hasValue(7);
    }
}

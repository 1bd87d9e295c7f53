// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six pairs: 0-2 in eu-west, 3-5 in us-east (pair 5 has no region); pairs 1, 3, 4 diverge into
 * cluster 0 ("shorter"), pair 2 diverges as noise; the candidate's length ratio is 1 - id/10.
 */
class RunStorePairQueryTest {

    @TempDir
    Path dir;

    private RunStore store;
    private int runId;

    @BeforeEach
    void storeAnAnalysedRun() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String metadata = i == 5 ? "{}" : "{\"region\":\"" + (i < 3 ? "eu-west" : "us-east") + "\"}";
            jsonl.append("""
                    {"request_id":"r-%d","query":"%s","baseline_output":"base %d","candidate_output":"cand %d","metadata":%s}
                    """.formatted(i, i == 4 ? "Where is my Refund?" : "question " + i, i, i, metadata));
        }
        Path input = Files.writeString(dir.resolve("pairs.jsonl"), jsonl);
        store = RunStore.open(dir.resolve("w.duckdb"));
        runId = store.importPairs(input, "run", ProgressListener.NONE, Cancellation.none()).runId();
        List<PairOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean diverged = i == 1 || i == 2 || i == 3 || i == 4;
            int cluster = i == 2 || !diverged ? -1 : 0;
            outcomes.add(new PairOutcome(i, "r-" + i, diverged ? 0.5 + i / 100.0 : 0.01 * i, diverged, cluster, i, -i,
                    Map.of("length_ratio", 1 - i / 10.0), List.of()));
        }
        ClusterSummary shorter = new ClusterSummary(0, "shorter", 3, 0.5, Verdict.REGRESSION, 0.9, List.of("shorter"),
                List.of(), List.of(), List.of(), List.of(1));
        store.saveAnalysis(runId, new RunAnalysis(new AnalysisSummary(6, 4, 3, 1, 0.2, "test", 0.5, 0, "one cluster"),
                List.of(shorter), outcomes, Map.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyFilterListsEveryPairInPairOrder() {
        assertThat(store.pairIds(runId, PairFilter.ALL, PairOrder.NATURAL)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void divergenceDescendingPutsTheMostDivergedFirst() {
        int[] ids = store.pairIds(runId, PairFilter.ALL, new PairOrder(PairOrder.Column.DIVERGENCE, true));

        assertThat(ids).containsExactly(4, 3, 2, 1, 5, 0);
    }

    @Test
    void aMetricSortsAndFiltersByItsStoredValue() {
        PairFilter shortOnes = PairFilter.ALL.withRanges(List.of(new PairFilter.MetricRange("length_ratio", 0, 0.75)));

        int[] ids = store.pairIds(runId, shortOnes, new PairOrder(new PairOrder.Metric("length_ratio"), false));

        assertThat(ids).containsExactly(5, 4, 3);
    }

    @Test
    void clusterSegmentAndTextFiltersCombine() {
        assertThat(store.pairIds(runId, PairFilter.ALL.withCluster(OptionalInt.of(0)), PairOrder.NATURAL)).containsExactly(1, 3, 4);
        PairFilter usEast = PairFilter.ALL.withSegment(Optional.of(new PairFilter.SegmentValue("region", "us-east")));
        assertThat(store.pairIds(runId, usEast.withCluster(OptionalInt.of(0)), PairOrder.NATURAL)).containsExactly(3, 4);
        assertThat(store.pairIds(runId, PairFilter.ALL.withText("REFUND"), PairOrder.NATURAL)).containsExactly(4);
        assertThat(store.pairIds(runId, PairFilter.ALL.withText("cand 2"), PairOrder.NATURAL)).containsExactly(2);
        PairFilter missing = PairFilter.ALL.withSegment(Optional.of(new PairFilter.SegmentValue("region", SegmentCount.MISSING)));
        assertThat(store.pairIds(runId, missing, PairOrder.NATURAL)).containsExactly(5);
    }

    @Test
    void pairsByIdComeBackInTheAskedOrderWithTheirOutcomes() {
        List<StoredPair> pairs = store.pairsWithOutcomes(runId, new int[] {4, 0});

        assertThat(pairs).extracting(StoredPair::pairId).containsExactly(4, 0);
        assertThat(pairs.getFirst().pair().query()).isEqualTo("Where is my Refund?");
        assertThat(pairs.getFirst().pair().metadata()).containsEntry("region", "us-east");
        assertThat(pairs.getFirst().outcome()).hasValueSatisfying(outcome -> {
            assertThat(outcome.cluster()).isZero();
            assertThat(outcome.metrics()).containsEntry("length_ratio", 0.6);
        });
    }

    @Test
    void theScatterLayoutHoldsEveryAnalysedPairWithNoiseUnclustered() {
        ScatterLayout layout = store.scatterLayout(runId);

        assertThat(layout.pairId()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(layout.cluster()).containsExactly(-1, 0, -1, 0, 0, -1);
        assertThat(layout.x()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(layout.diverged()).containsExactly(false, true, true, true, true, false);
    }

    @Test
    void metricAndSegmentColumnsAreIndexedByPairId() {
        assertThat(store.metricValues(runId, "length_ratio")).containsExactly(1.0, 0.9, 0.8, 0.7, 0.6, 0.5);
        assertThat(java.util.Arrays.stream(store.metricValues(runId, "candidate_refusal"))).allMatch(value -> Double.isNaN(value));
        assertThat(store.segmentValues(runId, "region"))
                .containsExactly("eu-west", "eu-west", "eu-west", "us-east", "us-east", SegmentCount.MISSING);
        assertThat(store.segmentFields(runId)).containsExactly("region");
        assertThat(store.metricNames(runId)).containsExactly("length_ratio");
    }

    @Test
    void segmentCountsSplitEachValueByCluster() {
        assertThat(store.segmentCounts(runId, "region")).containsExactly(
                new SegmentCount(SegmentCount.MISSING, -1, 1),
                new SegmentCount("eu-west", -1, 2), new SegmentCount("eu-west", 0, 1),
                new SegmentCount("us-east", 0, 2));
    }

    @Test
    void theSummaryAndClustersReadWithoutThePairs() {
        assertThat(store.analysisSummary(runId)).hasValueSatisfying(summary -> assertThat(summary.headline()).isEqualTo("one cluster"));
        assertThat(store.clusters(runId)).extracting(ClusterSummary::label).containsExactly("shorter");
    }
}

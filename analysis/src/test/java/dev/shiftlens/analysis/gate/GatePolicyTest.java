// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import dev.shiftlens.analysis.metrics.MetricNames;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatePolicyTest {

    /** 100 pairs: 10 in a regression cluster (all refusals, in region eu), 90 unchanged (region us). */
    private static final RunAnalysis ANALYSIS = analysis();
    private static final List<Map<String, String>> METADATA = metadata();

    @Test
    void passesWhenEveryFigureIsWithinItsLimit() {
        GateResult result = GatePolicy.evaluate(GateThresholds.none().with(Threshold.MAX_REGRESSION_SHARE, 0.2)
                .with(Threshold.MAX_REFUSAL_INCREASE, 0.2), ANALYSIS, METADATA);

        assertThat(result.passed()).isTrue();
        assertThat(result.checks()).hasSize(2);
    }

    @Test
    void failsNamingEachCrossedThresholdWithItsFigure() {
        GateResult result = GatePolicy.evaluate(GateThresholds.defaults(), ANALYSIS, METADATA);

        assertThat(result.passed()).isFalse();
        assertThat(result.crossed()).extracting(ThresholdCheck::describe).containsExactly(
                "share of traffic in regression clusters 10.0% > max 5.0% (all traffic)");
        assertThat(result.checks()).extracting(ThresholdCheck::describe)
                .contains("refusal rate increase 10.0% ≤ max 10.0% (all traffic)");
    }

    @Test
    void aSegmentIsCheckedOnItsOwn() {
        GateThresholds thresholds = GateThresholds.none().with(Threshold.MAX_REFUSAL_INCREASE, 0.5)
                .withSegments(List.of(new SegmentSelector("region", "eu")));

        GateResult result = GatePolicy.evaluate(thresholds, ANALYSIS, METADATA);

        assertThat(result.crossed()).extracting(ThresholdCheck::describe)
                .containsExactly("refusal rate increase 100.0% > max 50.0% (region=eu)");
    }

    @Test
    void aMinimumIsCrossedFromBelow() {
        GateResult result = GatePolicy.evaluate(GateThresholds.none().with(Threshold.MIN_MEAN_SIMILARITY, 0.95), ANALYSIS, METADATA);

        assertThat(result.crossed()).extracting(ThresholdCheck::describe)
                .containsExactly("mean semantic similarity 91.0% < min 95.0% (all traffic)");
    }

    @Test
    void aJsonThresholdDoesNotApplyToProse() {
        GateResult result = GatePolicy.evaluate(GateThresholds.none().with(Threshold.MAX_JSON_INVALID_INCREASE, 0), ANALYSIS, METADATA);

        assertThat(result.passed()).isTrue();
        assertThat(result.checks().getFirst().notApplicable()).isTrue();
    }

    @Test
    void aSegmentNoPairCarriesIsRefusedWithTheValuesThereAre() {
        GateThresholds thresholds = GateThresholds.defaults().withSegments(List.of(new SegmentSelector("region", "eu-wst")));

        assertThatThrownBy(() -> GatePolicy.requireSegmentsPresent(thresholds, METADATA))
                .isInstanceOf(GateConfigException.class)
                .hasMessageContaining("region=eu-wst").hasMessageContaining("eu, us");
    }

    private static RunAnalysis analysis() {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            boolean regressed = i < 10;
            pairs.add(new PairOutcome(i, "r-" + i, regressed ? 0.9 : 0.05, regressed, regressed ? 0 : PairOutcome.NO_CLUSTER,
                    0, 0, Map.of(MetricNames.BASELINE_REFUSAL, 0.0, MetricNames.CANDIDATE_REFUSAL, regressed ? 1.0 : 0.0,
                    MetricNames.SEMANTIC_SIMILARITY, regressed ? 0.1 : 1.0), List.of()));
        }
        ClusterSummary cluster = new ClusterSummary(0, "refusals 0% → 100%", 10, 0.1, Verdict.REGRESSION, 0.99,
                List.of(), List.of(), List.of(), List.of(), List.of(0));
        return new RunAnalysis(new AnalysisSummary(100, 10, 10, 1, 0.2, "fixed", 0.1, 0, "one regression"),
                List.of(cluster), pairs, Map.of());
    }

    private static List<Map<String, String>> metadata() {
        List<Map<String, String>> metadata = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            metadata.add(Map.of("region", i < 10 ? "eu" : "us"));
        }
        return metadata;
    }
}

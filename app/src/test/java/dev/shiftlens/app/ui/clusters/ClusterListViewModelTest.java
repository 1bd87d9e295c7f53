// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterListViewModelTest {

    private final ClusterListViewModel clusters = new ClusterListViewModel();

    @Test
    void clustersAreListedLargestShareFirst() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.NEUTRAL), cluster(1, 0.30, Verdict.REGRESSION), cluster(2, 0.12, Verdict.IMPROVEMENT)));

        assertThat(clusters.rows()).extracting(ClusterRow::id).containsExactly(1, 2, 0);
        assertThat(clusters.rows().getFirst().sizeAndShare()).isEqualTo("300 pairs · 30.0%");
    }

    @Test
    void selectingAnUnknownClusterSelectsNone() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.NEUTRAL)));
        clusters.select(0);

        clusters.select(9);

        assertThat(clusters.selectedClusterProperty().get()).isEqualTo(ClusterListViewModel.NONE);
    }

    @Test
    void showingAnotherRunClearsTheSelection() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.NEUTRAL)));
        clusters.select(0);

        clusters.show(List.of(cluster(0, 0.5, Verdict.REGRESSION)));

        assertThat(clusters.selected()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            REGRESSION,  #c62828, verdict-regression
            IMPROVEMENT, #2e7d32, verdict-improvement
            NEUTRAL,     #757575, verdict-neutral
            """)
    void verdictsHaveTheirColours(Verdict verdict, String colour, String styleClass) {
        clusters.show(List.of(cluster(4, 0.1, verdict)));

        VerdictStyle style = clusters.rows().getFirst().verdictStyle();
        assertThat(style.colour()).isEqualTo(colour);
        assertThat(style.styleClass()).isEqualTo(styleClass);
    }

    @Test
    void regressionsFirstThenImpact() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.REGRESSION), cluster(1, 0.30, Verdict.NEUTRAL), cluster(2, 0.12, Verdict.REGRESSION)));

        clusters.orderProperty().set(ClusterOrder.REGRESSIONS_FIRST);

        assertThat(clusters.rows()).extracting(ClusterRow::id).containsExactly(2, 0, 1);
    }

    @Test
    void theFilterMatchesLabelsAndTheVerdictChooserKeepsOneVerdict() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.REGRESSION), cluster(1, 0.30, Verdict.NEUTRAL), cluster(12, 0.12, Verdict.REGRESSION)));

        clusters.filterTextProperty().set("CLUSTER 1");
        assertThat(clusters.rows()).extracting(ClusterRow::id).containsExactly(1, 12);

        clusters.verdictFilterProperty().set(java.util.Optional.of(Verdict.REGRESSION));
        assertThat(clusters.rows()).extracting(ClusterRow::id).containsExactly(12);
    }

    @Test
    void aFindingOverridesTheVerdictEverywhereItCounts() {
        clusters.show(List.of(cluster(0, 0.05, Verdict.REGRESSION)));

        clusters.record(new Finding(0, java.util.Optional.of(Verdict.NEUTRAL), "by design"));

        ClusterRow row = clusters.rows().getFirst();
        assertThat(row.verdict()).isEqualTo(Verdict.NEUTRAL);
        assertThat(row.overridden()).isTrue();
        assertThat(row.note()).isEqualTo("by design");
        assertThat(row.verdictLine()).isEqualTo("neutral (reviewer; computed regression · 90% confidence)");
        assertThat(clusters.verdicts()).containsEntry(0, Verdict.NEUTRAL);
    }

    @Test
    void aCellSummarisesDeltasAndTheMostOverRepresentedSegment() {
        ClusterSummary shorter = new ClusterSummary(3, "Shorter", 10, 0.1, Verdict.REGRESSION, 0.99, List.of("shorter"),
                List.of("candidate 62% shorter", "citations 80% → 10%", "third"), List.of(),
                List.of(new SegmentLift("region", "eu-west", 0.6, 0.3), new SegmentLift("tier", "free", 0.9, 0.2)), List.of());
        clusters.show(List.of(shorter));

        ClusterRow row = clusters.rows().getFirst();
        assertThat(row.topDeltas()).isEqualTo("candidate 62% shorter; citations 80% → 10%");
        assertThat(row.topSegment()).contains("tier = free ×4.5 (90% vs 20%)");
    }

    private static ClusterSummary cluster(int id, double share, Verdict verdict) {
        return new ClusterSummary(id, "cluster " + id, (int) Math.round(share * 1000), share, verdict, 0.9,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}

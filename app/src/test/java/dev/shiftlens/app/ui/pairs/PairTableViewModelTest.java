// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.app.ui.RecordingDialogs;
import dev.shiftlens.app.ui.SampleWorkspace;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.storage.PairFilter;
import dev.shiftlens.storage.PairOrder;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PairTableViewModelTest {

    @TempDir
    Path dir;

    private RunStore store;
    private final PairTableViewModel table = new PairTableViewModel(new CurrentThreadTaskExecutor(), new RecordingDialogs());

    @BeforeEach
    void showRunOf250Pairs() {
        store = RunStore.open(dir.resolve("w.duckdb"));
        int runId = SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("log.jsonl"), 250));
        table.show(store, runId, store.clusters(runId), java.util.Map.of());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theFirstPageHoldsOnePageOfPairs() {
        assertThat(table.rows()).hasSize(PairTableViewModel.PAGE_SIZE);
        assertThat(table.rows().getFirst().requestId()).isEqualTo("req-0000");
        assertThat(table.rows().getFirst().clusterLabel()).isEqualTo("Candidate answers 60% shorter");
        assertThat(table.rows().get(1).clusterLabel()).isEqualTo("not diverged");
        assertThat(table.pageDescriptionProperty().get()).isEqualTo("1–100 of 250 pairs");
        assertThat(table.hasPreviousProperty().get()).isFalse();
        assertThat(table.hasNextProperty().get()).isTrue();
    }

    @Test
    void theLastPageHoldsWhatIsLeft() {
        table.nextPage();
        table.nextPage();

        assertThat(table.rows()).hasSize(50);
        assertThat(table.rows().getLast().requestId()).isEqualTo("req-0249");
        assertThat(table.hasNextProperty().get()).isFalse();
        assertThat(table.pageDescriptionProperty().get()).isEqualTo("201–250 of 250 pairs");
    }

    @Test
    void filteringByClusterPagesThroughThatClusterOnly() {
        table.filterCluster(1);

        assertThat(table.rows()).extracting(PairRow::pairId).allSatisfy(id -> assertThat(SampleWorkspace.cluster(id)).isEqualTo(1));
        assertThat(table.rows()).extracting(PairRow::pairId).startsWith(5, 10, 20, 25);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.pair().candidateOutput()).isEqualTo(SampleWorkspace.candidate(row.pairId())));
        assertThat(table.contains(3)).isFalse();
    }

    @Test
    void selectingAPairOnAnotherPageTurnsToIt() {
        assertThat(table.select(180)).isTrue();

        assertThat(table.pageProperty().get()).isEqualTo(1);
        assertThat(table.selectedRowProperty().get()).map(PairRow::requestId).contains("req-0180");
    }

    @Test
    void theSelectionSurvivesPagingAway() {
        table.selectRow(Optional.of(table.rows().get(4)));

        table.nextPage();

        assertThat(table.selectedPairProperty().get()).isEqualTo(4);
    }

    @Test
    void sortingByDivergenceDescendingListsTheMostDivergedFirst() {
        table.sortBy(new PairOrder(PairOrder.Column.DIVERGENCE, true));

        assertThat(table.rows().getFirst().divergence()).contains(0.7);
        assertThat(table.rows().getFirst().clusterLabel()).isEqualTo("Rephrased, same content");
        assertThat(table.pageDescriptionProperty().get()).isEqualTo("1–100 of 250 pairs");
    }

    @Test
    void textSearchAndAMetricRangeNarrowTheList() {
        table.applyFilter(PairFilter.ALL.withText("ITEM 24"));
        assertThat(table.rows()).extracting(PairRow::requestId).containsExactly("req-0024", "req-0240", "req-0241", "req-0242",
                "req-0243", "req-0244", "req-0245", "req-0246", "req-0247", "req-0248", "req-0249");

        table.applyFilter(PairFilter.ALL.withRanges(List.of(new PairFilter.MetricRange("length_ratio", 0, 0.5))));
        assertThat(table.rows()).allSatisfy(row -> assertThat(SampleWorkspace.cluster(row.pairId())).isZero());
        assertThat(table.matchingProperty().get()).isEqualTo(84);
    }

    @Test
    void aSegmentFilterKeepsThatSegmentOnly() {
        table.applyFilter(PairFilter.ALL.withSegment(Optional.of(new PairFilter.SegmentValue("region", "us-east"))));

        assertThat(table.matchingProperty().get()).isEqualTo(125);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.pair().metadata()).containsEntry("region", "us-east"));
    }

    @Test
    void aScatterSelectionRestrictsTheListAndLiftingItRestoresAll() {
        table.restrictTo(Optional.of(new int[] {7, 3, 200}));
        assertThat(table.rows()).extracting(PairRow::pairId).containsExactly(3, 7, 200);
        assertThat(table.pageDescriptionProperty().get()).isEqualTo("1–3 of 3 pairs · scatter selection");

        table.restrictTo(Optional.empty());
        assertThat(table.matchingProperty().get()).isEqualTo(250);
    }

    @Test
    void nextAndPreviousStepThroughTheClusterAcrossPages() {
        table.filterCluster(0);
        table.select(246);

        assertThat(table.selectNext()).isTrue();
        assertThat(table.selectedPairProperty().get()).isEqualTo(249);
        assertThat(table.selectNext()).as("the last pair of the cluster").isFalse();
        table.select(0);
        assertThat(table.selectPrevious()).isFalse();
        assertThat(table.selectNext()).isTrue();
        assertThat(table.selectedPairProperty().get()).isEqualTo(3);
    }

    @Test
    void anOverriddenVerdictShowsInTheVerdictColumn() {
        table.updateVerdicts(java.util.Map.of(0, Verdict.NEUTRAL));

        assertThat(table.rows().getFirst().verdict()).contains(Verdict.NEUTRAL);
        assertThat(table.rows().get(5).verdict()).contains(Verdict.IMPROVEMENT);
    }
}

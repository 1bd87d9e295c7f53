// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.app.ui.RecordingDialogs;
import dev.shiftlens.app.ui.SampleWorkspace;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
        table.show(store, runId, store.pairCount(runId), store.analysis(runId));
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
}

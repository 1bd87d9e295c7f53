// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import dev.shiftlens.app.ui.RecordingDialogs;
import dev.shiftlens.app.ui.SampleWorkspace;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentViewModelTest {

    @TempDir
    Path dir;

    private RunStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SegmentViewModel segments = new SegmentViewModel(new CurrentThreadTaskExecutor(), dialogs);

    @BeforeEach
    void showAnAnalysedRun() {
        store = RunStore.open(dir.resolve("w.duckdb"));
        int runId = SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("log.jsonl"), 210));
        segments.show(store, runId, store.clusters(runId), store.segmentFields(runId), store.metricNames(runId));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void nothingIsReadWhileTheTabIsHidden() {
        assertThat(segments.shares()).isEmpty();
    }

    @Test
    void eachSegmentValueIsSplitByCluster() {
        segments.setActive(true);

        assertThat(segments.shares()).extracting(SegmentShare::value).containsExactlyInAnyOrder("eu-west", "us-east");
        SegmentShare euWest = segments.shares().stream().filter(s -> s.value().equals("eu-west")).findFirst().orElseThrow();
        assertThat(euWest.pairs()).isEqualTo(105);
        // even ids 0..208: 35 multiples of 6 in cluster 0
        assertThat(euWest.parts().getFirst().label()).isEqualTo("Candidate answers 60% shorter");
        assertThat(euWest.parts().getFirst().share()).isEqualTo(35 / 105.0);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMetricWithoutSidesComparesTheFocusedClusterWithAllPairs() {
        segments.setActive(true);
        segments.metricProperty().set("length_ratio");
        assertThat(segments.metricDistributionProperty().get().series()).containsExactly("all pairs");

        segments.focusCluster(0);

        Distribution distribution = segments.metricDistributionProperty().get();
        assertThat(distribution.series()).containsExactly("all pairs", "Candidate answers 60% shorter");
        assertThat(distribution.bins().getFirst().shares()[1]).as("every cluster-0 pair has ratio 0.4").isEqualTo(1.0);
    }

    @Test
    void sidedMetricsPairUp() {
        assertThat(SegmentViewModel.otherSide("baseline_citations")).contains("candidate_citations");
        assertThat(SegmentViewModel.otherSide("candidate_chars")).contains("baseline_chars");
        assertThat(SegmentViewModel.otherSide("length_ratio")).isEmpty();
        assertThat(segments.metrics()).isEqualTo(List.of("length_ratio"));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.detail.PairDetailViewModel;
import dev.shiftlens.app.ui.pairs.PairRow;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.app.ui.dialog.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger analysed = new AtomicInteger();
    private WorkbenchViewModel workbench;

    private WorkbenchViewModel open(int pairs) {
        Path log = SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), pairs);
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, (store, runId, settings, progress, cancel) -> {
            analysed.incrementAndGet();
            return SampleWorkspace.ANALYSER.analyse(store, runId, settings, progress, cancel);
        });
        workbench.openWorkspace(dir.resolve("w.duckdb"), Optional.of(log));
        return workbench;
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void openingAWorkspaceWithALogImportsAnalysesAndShowsTheRun() {
        open(250);

        assertThat(dialogs.errors).isEmpty();
        assertThat(workbench.runs().rows()).singleElement().satisfies(run -> {
            assertThat(run.pairs()).isEqualTo(250);
            assertThat(run.status()).isEqualTo("analysed");
        });
        assertThat(workbench.runs().selectedRunProperty().get()).isEqualTo(workbench.runs().rows().getFirst().runId());
        assertThat(workbench.clusters().rows()).extracting(row -> row.label())
                .containsExactly("Candidate answers 60% shorter", "Adds citation markers", "Rephrased, same content");
        assertThat(workbench.scatter().pointCount()).isEqualTo(250);
        assertThat(workbench.pairs().rows()).hasSize(100);
        assertThat(workbench.activity().runningProperty().get()).isFalse();
        assertThat(workbench.runSummaryProperty().get()).isEqualTo("3 clusters; one regression: answers 60% shorter\nNoise floor 0.100: test.");
    }

    @Test
    void aRunImportedThroughTheImportDialogIsAnalysedShownAndListedAsTasks() throws Exception {
        open(20);
        Path second = SampleWorkspace.writeLog(dir.resolve("second.jsonl"), 30);

        var dialog = workbench.importDialog(second).orElseThrow();
        dialog.load();
        dialog.importRun();

        assertThat(dialog.countsProperty().get()).isEqualTo("Rows read 30 = stored 30 + rejected 0");
        assertThat(workbench.runs().rows()).hasSize(2).allSatisfy(run -> assertThat(run.status()).isEqualTo("analysed"));
        assertThat(workbench.runs().find(workbench.runs().selectedRunProperty().get())).hasValueSatisfying(run -> {
            assertThat(run.name()).isEqualTo("second.jsonl");
            assertThat(run.pairs()).isEqualTo(30);
        });
        assertThat(workbench.scatter().pointCount()).isEqualTo(30);
        assertThat(workbench.tasks().entries()).extracting(dev.shiftlens.app.ui.task.TaskEntry::name)
                .startsWith("Analysing second.jsonl", "Importing second.jsonl").contains("Opening w.duckdb", "Preparing runs");
        assertThat(workbench.tasks().runningCountProperty().get()).isZero();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCutoverLogImportedThroughTheDialogIsShownButNeverAnalysed() throws Exception {
        open(20);
        Path cutover = java.nio.file.Files.copy(Path.of("..", "sample-data", "incident", "cutover.jsonl"), dir.resolve("cutover.jsonl"));

        var dialog = workbench.importDialog(cutover).orElseThrow();
        dialog.load();
        dialog.importRun();
        workbench.close();
        open(20);

        assertThat(dialog.statusProperty().get()).startsWith("Stored 3,000 log entries as run 2: 1,529 before and 1,471 after the cutover");
        assertThat(workbench.runs().find(2)).hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("imported"));
        assertThat(analysed).as("only the paired run, once").hasValue(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCutoverRunExplainsItselfAndIsMatchedIntoAnAnalysedRunMarkedNotIdentical() throws Exception {
        Path log = SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 20);
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER, Optional.of(new CountingEmbedder()));
        workbench.openWorkspace(dir.resolve("w.duckdb"), Optional.of(log));
        List<String> lines = java.nio.file.Files.readAllLines(Path.of("..", "sample-data", "incident", "cutover.jsonl"));
        Path cutover = java.nio.file.Files.write(dir.resolve("cutover.jsonl"), java.util.stream.Stream.concat(lines.stream().limit(30),
                lines.stream().skip(lines.size() - 30)).toList());
        var dialog = workbench.importDialog(cutover).orElseThrow();
        dialog.load();
        dialog.importRun();

        assertThat(workbench.cutoverShownProperty().get()).isTrue();
        assertThat(workbench.runSummaryProperty().get()).isEqualTo(WorkbenchViewModel.CUTOVER_NOTE);
        assertThat(workbench.runs().find(2)).hasValueSatisfying(run -> assertThat(run.details()).isEqualTo("60 log entries · cutover, not matched"));
        var match = workbench.match().orElseThrow();
        match.thresholdProperty().set("0.5");
        match.match();

        int matched = match.producedRunProperty().get();
        assertThat(workbench.runs().selectedRunProperty().get()).isEqualTo(matched);
        assertThat(workbench.cutoverShownProperty().get()).isFalse();
        assertThat(workbench.runSummaryProperty().get()).startsWith(dev.shiftlens.app.jobs.MatchJob.MATCHED_NOTE);
        assertThat(workbench.runs().find(matched)).hasValueSatisfying(run -> assertThat(run.details()).contains("matched pairs (not identical) · analysed"));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void matchWithNoCutoverRunShownSaysWhatToPickFirst() {
        open(20);

        assertThat(workbench.match()).isEmpty();
        assertThat(dialogs.information).singleElement().asString().contains("Pick a cutover run first");
    }

    @Test
    void theImportDialogNeedsAnOpenWorkspace() {
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER);

        assertThat(workbench.importDialog(dir.resolve("any.jsonl"))).isEmpty();
        assertThat(dialogs.information).singleElement().asString().startsWith("No workspace open");
    }

    @Test
    void reopeningWithTheSameLogDoesNotImportItAgain() {
        open(20).close();
        open(20);

        assertThat(workbench.runs().rows()).hasSize(1);
        assertThat(analysed).hasValue(1);
    }

    @Test
    void selectingAClusterFiltersTheTableAndHighlightsItsPoints() {
        open(250);

        workbench.clusters().select(0);

        assertThat(workbench.scatter().highlightedClusterProperty().get()).isZero();
        assertThat(workbench.pairs().rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.clusterLabel()).isEqualTo("Candidate answers 60% shorter"));
        assertThat(workbench.pairs().pageDescriptionProperty().get()).isEqualTo("1–84 of 84 pairs in “Candidate answers 60% shorter”");
    }

    @Test
    void clickingAPointShowsItsPairSideBySide() {
        open(250);
        double[] pixel = workbench.scatter().pixelOf(201).orElseThrow();

        workbench.scatter().clickAt(pixel[0], pixel[1]);

        PairDetailViewModel detail = workbench.detail();
        assertThat(workbench.pairs().selectedRowProperty().get()).map(PairRow::pairId).contains(201);
        assertThat(workbench.pairs().pageProperty().get()).isEqualTo(2);
        assertThat(detail.queryProperty().get()).isEqualTo(SampleWorkspace.query(201));
        assertThat(PairDetailViewModel.text(detail.baselineProperty().get())).isEqualTo(SampleWorkspace.baseline(201));
        assertThat(PairDetailViewModel.text(detail.candidateProperty().get())).isEqualTo(SampleWorkspace.candidate(201));
    }

    @Test
    void clickingAPointOutsideTheFocusedClusterLeavesTheFilter() {
        open(250);
        workbench.clusters().select(0);
        double[] pixel = workbench.scatter().pixelOf(5).orElseThrow(); // cluster 1

        workbench.scatter().clickAt(pixel[0], pixel[1]);

        assertThat(workbench.clusters().selectedClusterProperty().get()).isEqualTo(-1);
        assertThat(workbench.pairs().selectedPairProperty().get()).isEqualTo(5);
    }

    @Test
    void selectingARowMarksItsPointInTheScatter() {
        open(250);

        workbench.pairs().selectRow(Optional.of(workbench.pairs().rows().get(3)));

        assertThat(workbench.scatter().selectedPairProperty().get()).isEqualTo(3);
    }

    @Test
    void exportReportStartsFromTheShownRunWithTheFocusedClusterTicked() {
        open(250);
        workbench.clusters().select(2);

        var export = workbench.exportReport(uri -> { }).orElseThrow();

        assertThat(export.title()).isEqualTo("Export a report of run 1: incident");
        assertThat(export.scopeProperty().get()).isEqualTo(dev.shiftlens.app.ui.export.ExportReportViewModel.Scope.CHOSEN_CLUSTERS);
        assertThat(export.clusters()).filteredOn(c -> c.chosen()).extracting(c -> c.id()).containsExactly(2);
        assertThat(export.folderProperty().get()).isEqualTo(dir.resolve("report-run-1").toAbsolutePath().toString());
    }

    @Test
    void exportReportWithNoWorkspaceOpenSaysWhatToDoFirst() {
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER);

        assertThat(workbench.exportReport(uri -> { })).isEmpty();
        assertThat(dialogs.information).singleElement().asString().startsWith("Nothing to export: Open a workspace");
    }

    @Test
    void replayStartsFromTheShownRunOrSaysWhatToOpenFirst() {
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER);
        var keys = new dev.shiftlens.connectors.endpoint.KeyResolver(name -> Optional.empty(), "Linux");

        assertThat(workbench.replay(keys, Optional.empty(), file -> { })).isEmpty();
        assertThat(dialogs.information).singleElement().asString().startsWith("Nothing to replay: Open a workspace and pick a run first");

        open(250);
        assertThat(workbench.replay(keys, Optional.empty(), file -> { }).orElseThrow().title())
                .isEqualTo("Replay the queries of run 1: incident");
    }

    @Test
    void aWorkspaceThatCannotBeOpenedIsExplainedToTheUser() {
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER);

        workbench.openWorkspace(dir.resolve("missing-folder").resolve("w.duckdb"), Optional.empty());

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot open the workspace: cannot create workspace").contains("does not exist");
        assertThat(workbench.runs().rows()).isEmpty();
    }

    @Test
    void aFailingAnalysisIsReportedAndTheRunStaysBrowsable() {
        Path log = SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 30);
        RunAnalyser failing = (store, runId, settings, progress, cancellation) -> {
            throw new WorkbenchException("Run " + runId + " cannot be analysed: the embedding model failed to load.");
        };
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, failing);

        workbench.openWorkspace(dir.resolve("w.duckdb"), Optional.of(log));

        assertThat(dialogs.errors).singleElement().asString().contains("cannot be analysed");
        assertThat(workbench.runs().rows()).singleElement().satisfies(run -> assertThat(run.status()).isEqualTo("imported"));
        assertThat(workbench.pairs().rows()).hasSize(30);
        assertThat(workbench.clusters().rows()).isEmpty();
        assertThat(workbench.runSummaryProperty().get()).startsWith("Not analysed yet");
    }

    @Test
    void storeFixtureIsReadableDirectly() {
        try (RunStore store = RunStore.open(dir.resolve("direct.duckdb"))) {
            int runId = SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("a.jsonl"), 10));
            assertThat(store.analysis(runId)).isPresent();
        }
    }

    @Test
    void aFindingIsSavedInTheWorkspaceAndShownAfterReopeningIt() {
        open(250);
        workbench.clusters().select(0);
        workbench.clusterDetail().overrideProperty().set(Optional.of(Verdict.NEUTRAL));
        workbench.clusterDetail().noteProperty().set("expected: warranty answers were trimmed on purpose");

        workbench.clusterDetail().save();

        assertThat(workbench.clusterDetail().statusProperty().get()).isEqualTo("finding saved in the workspace");
        assertThat(workbench.clusters().find(0)).hasValueSatisfying(row -> {
            assertThat(row.verdict()).isEqualTo(Verdict.NEUTRAL);
            assertThat(row.overridden()).isTrue();
        });
        assertThat(workbench.pairs().rows().getFirst().verdict()).contains(Verdict.NEUTRAL);

        workbench.close();
        open(250);
        workbench.clusters().select(0);

        assertThat(workbench.clusterDetail().noteProperty().get()).isEqualTo("expected: warranty answers were trimmed on purpose");
        assertThat(workbench.clusterDetail().overrideProperty().get()).contains(Verdict.NEUTRAL);
        assertThat(workbench.clusterDetail().dirtyProperty().get()).isFalse();
    }

    @Test
    void aBoxSelectionInTheScatterNarrowsTheTable() {
        open(250);
        workbench.scatter().resize(800, 600);
        double[] a = workbench.scatter().pixelOf(201).orElseThrow();

        workbench.scatter().selectBox(a[0] - 1, a[1] - 1, a[0] + 1, a[1] + 1);

        assertThat(workbench.pairs().rows()).extracting(PairRow::pairId).contains(201);
        assertThat(workbench.pairs().pageDescriptionProperty().get()).endsWith("scatter selection");
    }

    @Test
    void nextAndPreviousPairFollowTheFocusedCluster() {
        open(250);
        workbench.clusters().select(1);

        workbench.nextPair();
        workbench.nextPair();

        assertThat(workbench.detail().requestIdProperty().get()).isEqualTo("req-0010");
        workbench.previousPair();
        assertThat(workbench.detail().requestIdProperty().get()).isEqualTo("req-0005");
    }

    @Test
    void analysisSettingsWithNoRunShownSaysWhatToOpenFirst() {
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, SampleWorkspace.ANALYSER);

        assertThat(workbench.analysisSettings()).isEmpty();
        assertThat(dialogs.information).containsExactly(
                "No analysed run shown: Open a workspace and pick an analysed run first; the settings are the shown run's.");
    }

    @Test
    void aReAnalysisIsShownAtOnceAndSaysWhenAFindingBelongsToTheEarlierAnalysis() {
        // with a set smallest cluster the small "rephrased" cluster (id 2) is no longer found
        RunAnalyser dropsTheSmallCluster = (store, runId, settings, progress, cancel) -> {
            RunAnalysis full = SampleWorkspace.analysis(store.pairCount(runId));
            RunAnalysis analysis = settings.minClusterSize() == 0 ? full : new RunAnalysis(
                    new AnalysisSummary(full.summary().pairs(), full.summary().diverged(), full.summary().clustered(), 2, 0.1, "test",
                            full.summary().regressionShare(), full.summary().improvementShare(), "2 clusters after re-analysis"),
                    full.clusters().stream().filter(c -> c.id() != 2).toList(),
                    full.pairs().stream().map(p -> p.cluster() != 2 ? p : new PairOutcome(p.pairId(), p.requestId(), p.divergence(),
                            p.diverged(), PairOutcome.NO_CLUSTER, p.x(), p.y(), p.metrics(), p.changes())).toList(),
                    Map.of("min_cluster_size", Integer.toString(settings.minClusterSize())));
            store.saveAnalysis(runId, analysis);
            return analysis;
        };
        workbench = new WorkbenchViewModel(new CurrentThreadTaskExecutor(), dialogs, dropsTheSmallCluster);
        workbench.openWorkspace(dir.resolve("w.duckdb"), Optional.of(SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 250)));
        workbench.clusters().select(2);
        workbench.clusterDetail().noteProperty().set("seen in the retro");
        workbench.clusterDetail().save();
        var settings = workbench.analysisSettings().orElseThrow();
        settings.autoClusterSizeProperty().set(false);
        settings.minClusterSizeProperty().set("20");

        settings.reanalyse();

        assertThat(dialogs.errors).isEmpty();
        assertThat(workbench.clusters().rows()).hasSize(2);
        assertThat(workbench.runSummaryProperty().get()).isEqualTo("2 clusters after re-analysis\nNoise floor 0.100: test.\n"
                + "1 finding is about clusters of an earlier analysis that this one did not find again (Run › Analysis settings… lists them).");
        assertThat(settings.previousFindings()).singleElement().asString()
                .startsWith("“Rephrased, same content” (earlier cluster #2, ").endsWith(" — seen in the retro");
    }
}

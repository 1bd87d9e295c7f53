// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.match;

import dev.shiftlens.app.jobs.MatchJob;
import dev.shiftlens.app.ui.CountingEmbedder;
import dev.shiftlens.app.ui.imports.ImportDialogViewModel;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.app.ui.task.TaskEntry;
import dev.shiftlens.app.ui.task.TaskList;
import dev.shiftlens.app.ui.task.TaskState;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Match before/after on a cutover run imported from the sample incident's cutover.jsonl, with a fast stand-in model. */
class MatchViewModelTest {

    private static final Path CUTOVER = Path.of("..", "sample-data", "incident", "cutover.jsonl");
    private static final int PER_WINDOW = 40;

    @TempDir
    Path dir;

    private RunStore store;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final TaskList tasks = new TaskList(executor);
    private final List<Integer> opened = new ArrayList<>();

    @BeforeEach
    void openWorkspace() {
        store = RunStore.open(dir.resolve("workspace.duckdb"));
    }

    @AfterEach
    void closeWorkspace() {
        store.close();
    }

    /** The first {@code perVersion} rows of each model version in the sample cutover log; one version when {@code versions} is 1. */
    private Path cutoverLog(int versions) throws IOException {
        List<String> lines = Files.readAllLines(CUTOVER);
        Stream<String> before = lines.stream().filter(line -> line.contains("\"prod-2026-03\"")).limit(PER_WINDOW);
        Stream<String> after = lines.stream().filter(line -> line.contains("\"cand-2026-04\"")).limit(PER_WINDOW);
        return Files.write(dir.resolve("cutover.jsonl"), (versions == 1 ? before : Stream.concat(before, after)).toList());
    }

    /** Imports the log as the workbench's Import dialog does; returns the cutover run. */
    private int importCutover(Path log) {
        List<ImportReport> reports = new ArrayList<>();
        ImportDialogViewModel dialog = new ImportDialogViewModel(executor, tasks, store, log, reports::add);
        dialog.load();
        dialog.importRun();
        return reports.getFirst().runId();
    }

    private MatchViewModel matchFor(int runId, Path log) {
        return new MatchViewModel(executor, tasks, store, runId, "cutover", log, Optional.of(new CountingEmbedder()), opened::add);
    }

    @Test
    void matchingMakesAnAnalysedMatchedRunWithOnePairPerMatchedQueryAndSaysTheyAreNotIdentical() throws IOException {
        Path log = cutoverLog(2);
        int cutover = importCutover(log);
        MatchViewModel match = matchFor(cutover, log);
        match.thresholdProperty().set("0.5");

        match.match();

        int matchedRun = match.producedRunProperty().get();
        int pairs = store.pairCount(matchedRun);
        long unmatched = store.rejects(matchedRun).stream().filter(r -> r.reason().startsWith("no before-window query")).count();
        assertThat(match.windowsProperty().get()).isEqualTo("40 before and 40 after the cutover");
        assertThat(pairs).isPositive();
        assertThat(pairs + unmatched).isEqualTo(PER_WINDOW);
        assertThat(match.summaryProperty().get()).startsWith("Matched %d of %d after-window queries (mean query similarity 0."
                .formatted(pairs, PER_WINDOW)).contains("; %d unmatched".formatted(unmatched), MatchJob.MATCHED_NOTE);
        assertThat(store.run(matchedRun)).hasValueSatisfying(run -> {
            assertThat(run.mode()).isEqualTo("matched");
            assertThat(run.status()).isEqualTo("analysed");
        });
        assertThat(store.analysisSummary(matchedRun).orElseThrow().headline()).startsWith(MatchJob.MATCHED_NOTE);
        assertThat(opened).containsExactly(matchedRun);
        assertThat(tasks.entries()).extracting(TaskEntry::name, entry -> entry.stateProperty().get())
                .contains(org.assertj.core.groups.Tuple.tuple("Matching before/after of run " + cutover, TaskState.DONE));
    }

    @Test
    void cancellingAfterTheRunWasCreatedLeavesNoHalfRun() throws IOException {
        Path log = cutoverLog(2);
        int cutover = importCutover(log);
        MatchViewModel match = matchFor(cutover, log);
        match.thresholdProperty().set("0.5");
        // past 0.3 the pairs are stored and the analysis runs: the latest point a cancel can leave something behind
        match.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0.35) {
                match.cancel();
            }
        });

        match.match();

        assertThat(match.statusProperty().get()).isEqualTo("Cancelled.");
        assertThat(match.summaryProperty().get()).startsWith("Cancelled; no matched run was kept.");
        assertThat(store.runs()).extracting(RunInfo::runId).containsExactly(cutover);
        assertThat(match.producedRunProperty().get()).isEqualTo(-1);
        assertThat(opened).isEmpty();
    }

    @Test
    void aCutoverLogWithOneVersionSaysWhichFileAndHowToSplitIt() throws IOException {
        Path log = cutoverLog(1);
        int cutover = importCutover(log);
        MatchViewModel match = matchFor(cutover, log);

        match.match();

        assertThat(match.statusProperty().get()).isEqualTo("Failed.");
        assertThat(match.summaryProperty().get()).contains("cutover.jsonl", "no 'after' entries", "Import cutover.jsonl again",
                "the cutover time");
        assertThat(store.runs()).extracting(RunInfo::runId).containsExactly(cutover);
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedBeforeAnyWork() throws IOException {
        Path log = cutoverLog(2);
        MatchViewModel match = matchFor(importCutover(log), log);

        match.thresholdProperty().set("1.5");
        match.match();

        assertThat(match.thresholdProperty().getValue()).isEqualTo("1.5");
        assertThat(match.problemProperty().get()).contains("above 0 and at most 1");
        assertThat(match.matchDisabled().get()).isTrue();
        assertThat(store.runs()).hasSize(1);
        match.thresholdProperty().set("0.85");
        assertThat(match.matchDisabled().get()).isFalse();
    }
}

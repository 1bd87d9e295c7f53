// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.shift.PopulationShifts;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.ui.clusters.ClusterDetailViewModel;
import dev.shiftlens.app.ui.clusters.ClusterListViewModel;
import dev.shiftlens.app.ui.detail.PairDetailViewModel;
import dev.shiftlens.app.ui.dialog.DialogService;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.export.ExportReportViewModel;
import dev.shiftlens.app.ui.imports.ImportDialogViewModel;
import dev.shiftlens.app.ui.imports.PerModelImportViewModel;
import dev.shiftlens.app.ui.match.MatchViewModel;
import dev.shiftlens.app.ui.pairs.PairRow;
import dev.shiftlens.app.ui.pairs.PairTableViewModel;
import dev.shiftlens.app.ui.replay.ReplayViewModel;
import dev.shiftlens.app.ui.runs.RunListViewModel;
import dev.shiftlens.app.ui.runs.RunRow;
import dev.shiftlens.app.ui.scatter.ScatterPoints;
import dev.shiftlens.app.ui.scatter.ScatterViewModel;
import dev.shiftlens.app.ui.segments.SegmentViewModel;
import dev.shiftlens.app.ui.settings.AnalysisSettingsViewModel;
import dev.shiftlens.app.ui.task.BackgroundWork;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.app.ui.task.TaskList;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RunInfo;
import dev.shiftlens.storage.RunStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The workbench as a whole: which workspace is open, the long job running on it, and how the
 * feature view models follow each other (run → clusters, scatter, pairs; cluster → highlight and
 * table filter; point or row → the pair side by side).
 */
public final class WorkbenchViewModel {

    private final TaskExecutor executor;
    private final TaskList tasks;
    private final DialogService dialogs;
    private final RunAnalyser analyser;
    private final Optional<TextEmbedder> matchModel;

    private final RunListViewModel runs = new RunListViewModel();
    private final ClusterListViewModel clusters = new ClusterListViewModel();
    private final ScatterViewModel scatter = new ScatterViewModel();
    private final PairTableViewModel pairs;
    private final PairDetailViewModel detail;
    private final ClusterDetailViewModel clusterDetail;
    private final SegmentViewModel segments;
    private final BackgroundActivity activity = new BackgroundActivity();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Shiftlens");
    private final ReadOnlyStringWrapper runSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runSummaryDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cutoverShown = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Optional<Path>> openedWorkspace =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(Optional.empty());

    private Optional<RunStore> store = Optional.empty();
    private long runGeneration;
    private final ArrayDeque<Runnable> afterJob = new ArrayDeque<>();

    public WorkbenchViewModel(TaskExecutor executor, DialogService dialogs, RunAnalyser analyser) {
        this(executor, dialogs, analyser, Optional.empty());
    }

    /** @param matchModel embeds queries and outputs when matching a cutover run; empty for the bundled sentence model */
    public WorkbenchViewModel(TaskExecutor executor, DialogService dialogs, RunAnalyser analyser, Optional<TextEmbedder> matchModel) {
        this.executor = executor;
        this.matchModel = matchModel;
        this.tasks = new TaskList(executor);
        this.dialogs = dialogs;
        this.analyser = analyser;
        this.pairs = new PairTableViewModel(executor, dialogs);
        this.detail = new PairDetailViewModel(executor);
        this.clusterDetail = new ClusterDetailViewModel(this::saveFinding);
        this.segments = new SegmentViewModel(executor, dialogs);

        runs.selectedRunProperty().addListener((obs, old, id) -> showRun(id.intValue()));
        clusters.selectedClusterProperty().addListener((obs, old, id) -> {
            scatter.highlightCluster(id.intValue());
            pairs.filterCluster(id.intValue());
            clusterDetail.show(clusters.selected());
            segments.focusCluster(id.intValue());
        });
        scatter.selectedPairProperty().addListener((obs, old, id) -> selectPair(id.intValue()));
        scatter.selectedPairsProperty().addListener((obs, old, ids) -> pairs.restrictTo(ids));
        pairs.selectedRowProperty().addListener((obs, old, row) -> showPair(row));
    }

    // --- workspace and jobs ----------------------------------------------------------------------

    /**
     * Opens (or creates) a workspace, imports {@code input} when no run came from that file yet,
     * analyses every run without an analysis, and shows the newest run.
     */
    public void openWorkspace(Path workspace, Optional<Path> input) {
        Optional<RunStore> previous = store;
        forgetStore();
        runJob("Opening " + workspace.getFileName(), (progress, cancel) -> {
            previous.ifPresent(RunStore::close);
            return RunStore.open(workspace);
        }, opened -> {
            store = Optional.of(opened);
            openedWorkspace.set(Optional.of(opened.file()));
            title.set("Shiftlens — " + opened.file());
            refreshRuns();
            prepare(opened, input);
        }, "Cannot open the workspace", "Opening " + workspace + " failed.");
    }

    /** The open workspace; when there is none, the user is told to open one first. */
    private Optional<RunStore> openWorkspaceOrSay() {
        if (store.isEmpty()) {
            dialogs.showInformation("No workspace open", "Open or create a workspace first (File › Open workspace).");
        }
        return store;
    }

    /** Shows a run another window made (import, replay, match), unless another workspace was opened meanwhile. */
    private IntConsumer showNewRunOf(RunStore opened) {
        return runId -> {
            if (store.orElse(null) == opened) {
                refreshRuns(OptionalInt.of(runId));
            }
        };
    }

    /**
     * The Import dialog's model for {@code file}: shape and mapping to confirm, then the import; the
     * new run is analysed and shown. Empty, with a message, when no workspace is open.
     */
    public Optional<ImportDialogViewModel> importDialog(Path file) {
        return openWorkspaceOrSay().map(opened -> new ImportDialogViewModel(executor, tasks, opened, file, report -> imported(opened, report)));
    }

    /** The Import dialog's model for two per-model logs, joined into pairs as {@code import --baseline/--candidate}. */
    public Optional<PerModelImportViewModel> importDialog(Path first, Path second) {
        return openWorkspaceOrSay().map(opened ->
                new PerModelImportViewModel(executor, tasks, opened, first, second, report -> imported(opened, report)));
    }

    /** A run the Import dialog stored: analysed (once the running job is done) and shown; a cutover log is only shown. */
    private void imported(RunStore opened, ImportReport report) {
        if (store.orElse(null) != opened) {
            return; // another workspace was opened meanwhile; the run waits in its own
        }
        refreshRuns(OptionalInt.of(report.runId()));
        if (report.pairs() == 0) {
            return;
        }
        whenIdle(() -> runJob("Analysing " + report.source(), (progress, cancel) -> {
            analyser.analyse(opened, report.runId(), AnalysisSettings.defaults(), progress, cancel);
            return report;
        }, analysed -> refreshRuns(OptionalInt.of(analysed.runId())), "Cannot analyse the run",
                "Analysing run " + report.runId() + " failed."));
    }

    private void whenIdle(Runnable job) {
        if (activity.runningProperty().get()) {
            afterJob.add(job);
        } else {
            job.run();
        }
    }

    private void prepare(RunStore opened, Optional<Path> input) {
        runJob("Preparing runs", (progress, cancel) -> {
            Optional<ImportReport> imported = Optional.empty();
            if (input.isPresent() && !alreadyImported(opened, input.get())) {
                imported = Optional.of(opened.importPairs(input.get(), runName(input.get()), progress.slice(0, 0.3), cancel));
            }
            analyseMissing(opened, progress.slice(imported.isPresent() ? 0.3 : 0, 1), cancel);
            return imported;
        }, imported -> {
            refreshRuns();
            imported.ifPresentOrElse(report -> {
                runs.select(report.runId());
                if (report.rowsRejected() > 0) {
                    dialogs.showInformation("Some rows were not imported", describeRejects(report));
                }
            }, runs::selectNewest);
        }, "Cannot prepare the runs", "Importing or analysing failed.");
    }

    private static boolean alreadyImported(RunStore opened, Path input) {
        return opened.runs().stream().anyMatch(run -> sameSource(run.source(), input));
    }

    /** A run's source is the imported path as given; a bare file name only matches by name. */
    static boolean sameSource(String source, Path input) {
        try {
            Path recorded = Path.of(source);
            return recorded.isAbsolute()
                    ? recorded.normalize().equals(input.toAbsolutePath().normalize())
                    : recorded.equals(input) || recorded.equals(input.getFileName());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private void analyseMissing(RunStore opened, ProgressListener progress, Cancellation cancel) {
        // a cutover run holds before/after entries, no pairs: it waits for matching or replay, not analysis
        List<RunInfo> waiting = opened.runs().stream().filter(run -> !"analysed".equals(run.status()) && run.rowsStored() > 0
                && !"cutover".equals(run.mode())).toList();
        for (int k = 0; k < waiting.size(); k++) {
            RunInfo run = waiting.get(k);
            cancel.checkpoint();
            ProgressListener slice = progress.slice((double) k / waiting.size(), (double) (k + 1) / waiting.size());
            slice.update(0, "Analysing " + run.name() + "…");
            analyser.analyse(opened, run.runId(), AnalysisSettings.defaults(), slice, cancel);
        }
    }

    private static String runName(Path input) {
        String file = input.getFileName().toString();
        return file.replaceFirst("\\.jsonl(\\.gz)?$", "");
    }

    private static String describeRejects(ImportReport report) {
        String first = report.firstRejects().stream().limit(5)
                .map(reject -> reject.source() + ":" + reject.line() + ": " + reject.reason())
                .collect(Collectors.joining("\n"));
        return report.source() + ": " + report.describe() + ".\n\n" + first
                + (report.rowsRejected() > 5 ? "\n…all of them are kept in the run's rejects." : "");
    }

    private <T> void runJob(String what, BackgroundWork<T> work, Consumer<T> whenDone, String failureTitle, String failureFallback) {
        if (activity.runningProperty().get()) {
            dialogs.showInformation("Busy", "Wait for “" + activity.messageProperty().get() + "” to finish, or cancel it first.");
            return;
        }
        activity.started(what);
        activity.attach(tasks.submit(what, work, activity::progressed, (Outcome<T> outcome) -> {
            switch (outcome) {
                case Outcome.Done<T>(T value) -> {
                    activity.finished("Ready");
                    whenDone.accept(value);
                }
                case Outcome.Failed<T>(Throwable error) -> {
                    activity.finished(failureTitle);
                    refreshRuns();
                    dialogs.showError(failureTitle, UserMessages.of(error, failureFallback), error);
                }
                case Outcome.Cancelled<T>() -> {
                    activity.finished("Cancelled: " + what);
                    refreshRuns();
                }
            }
            if (!activity.runningProperty().get() && !afterJob.isEmpty()) {
                afterJob.poll().run();
            }
        }));
    }

    private void refreshRuns() {
        refreshRuns(OptionalInt.empty());
    }

    /** Lists the runs again; then shows {@code wanted} when given. */
    private void refreshRuns(OptionalInt wanted) {
        store.ifPresent(opened -> executor.submit("Listing runs", (progress, cancel) -> opened.runs(), (Outcome<List<RunInfo>> outcome) -> {
            if (outcome instanceof Outcome.Done<List<RunInfo>>(List<RunInfo> list) && store.orElse(null) == opened) {
                int shown = runs.selectedRunProperty().get();
                boolean wasAnalysed = runs.find(shown).map(RunRow::analysed).orElse(false);
                runs.show(list);
                if (wanted.isPresent() && wanted.getAsInt() != shown) {
                    runs.select(wanted.getAsInt());
                } else if (shown == RunListViewModel.NONE) {
                    runs.selectNewest();
                } else if (!wasAnalysed && runs.find(shown).map(RunRow::analysed).orElse(false)) {
                    showRun(shown); // its analysis just arrived
                }
            }
        }));
    }

    private void forgetStore() {
        store = Optional.empty();
        openedWorkspace.set(Optional.empty());
        runs.show(List.of());
        showRun(RunListViewModel.NONE);
    }

    /** Closes the workspace; waits for the store call in flight, if any. */
    public void close() {
        afterJob.clear();
        activity.cancel();
        tasks.cancelAll();
        store.ifPresent(RunStore::close);
        store = Optional.empty();
        executor.shutdown();
    }

    // --- what is shown --------------------------------------------------------------------------

    private void showRun(int runId) {
        long request = ++runGeneration;
        clusters.show(List.of());
        clusterDetail.show(Optional.empty());
        scatter.clear();
        pairs.clear();
        detail.clear();
        segments.clear();
        runSummary.set("");
        runSummaryDetail.set("");
        boolean cutover = runs.find(runId).map(RunRow::cutover).orElse(false);
        cutoverShown.set(cutover);
        if (runId == RunListViewModel.NONE || store.isEmpty()) {
            return;
        }
        if (cutover) {
            runSummary.set(CUTOVER_NOTE);
            runSummaryDetail.set(CUTOVER_NOTE);
            return;
        }
        RunStore opened = store.get();
        executor.submit("Reading run " + runId, (progress, cancel) -> ShownRun.read(opened, runId),
                (Outcome<ShownRun> outcome) -> {
                    if (request != runGeneration) {
                        return;
                    }
                    switch (outcome) {
                        case Outcome.Done<ShownRun>(ShownRun loaded) -> show(opened, runId, loaded);
                        case Outcome.Failed<ShownRun>(Throwable error) -> dialogs.showError("Cannot show the run",
                                UserMessages.of(error, "Reading run " + runId + " failed."), error);
                        case Outcome.Cancelled<ShownRun>() -> { }
                    }
                });
    }

    private void show(RunStore opened, int runId, ShownRun loaded) {
        clusters.show(loaded.clusters(), loaded.findings());
        Map<Integer, String> labels = loaded.clusters().stream().collect(Collectors.toMap(ClusterSummary::id, ClusterSummary::label));
        scatter.show(ScatterPoints.of(loaded.layout()), labels, clusters.verdicts(), loaded.metrics(), loaded.segmentValues().keySet().stream().sorted().toList(),
                new StoredQueryExcerpts(executor, opened, runId), new StoredPointValues(executor, opened, runId));
        pairs.offer(loaded.metrics(), loaded.segmentValues());
        pairs.show(opened, runId, loaded.clusters(), clusters.verdicts());
        segments.show(opened, runId, loaded.clusters(), loaded.segmentValues().keySet().stream().sorted().toList(), loaded.metrics());
        runSummary.set(loaded.summary().map(WorkbenchViewModel::summaryLine)
                .map(line -> line + earlierFindings(loaded.previousFindings()))
                .orElse("Not analysed yet: the scatter and clusters appear once the analysis has run."));
        runSummaryDetail.set(runSummary.get() + loaded.summary().map(WorkbenchViewModel::shiftDetails).orElse(""));
    }

    static final String CUTOVER_NOTE = "A cutover log: its entries are split into before and after the model change, but no"
            + " request has both answers, so there is nothing to compare yet. Match before and after… pairs each after-window"
            + " query with its most similar before-window query (Run › Match before/after…, Ctrl+M).";

    /**
     * The headline and, so the reader can judge what "diverged" means here, the noise floor and how it was set;
     * then any material run-level shift the headline had no room for.
     */
    static String summaryLine(AnalysisSummary summary) {
        List<PopulationShift> unnamed = PopulationShifts.beyondHeadline(summary.shifts());
        return summary.headline() + "\nNoise floor " + String.format(Locale.ROOT, "%.3f", summary.noiseFloor()) + ": "
                + summary.noiseFloorMethod() + "."
                + (unnamed.isEmpty() ? "" : "\nAlso across the run: " + String.join(" · ", unnamed.stream().map(PopulationShift::phrase).toList()) + ".");
    }

    /** Each material run-level shift with its interval and test, for the summary's tooltip. */
    static String shiftDetails(AnalysisSummary summary) {
        List<PopulationShift> material = summary.materialShifts();
        return material.isEmpty() ? "" : "\n\nRun-level shifts over all pairs (95% intervals):\n• "
                + String.join("\n• ", material.stream().map(PopulationShift::description).toList());
    }

    /** Findings a re-analysis could not attach to a cluster are kept; say so where the reader looks first. */
    static String earlierFindings(int count) {
        return count == 0 ? "" : "\n" + count + (count == 1 ? " finding is" : " findings are")
                + " about clusters of an earlier analysis that this one did not find again (Run › Analysis settings… lists them).";
    }

    private void saveFinding(Finding finding, Runnable whenSaved) {
        Optional<RunStore> opened = store;
        int runId = runs.selectedRunProperty().get();
        if (opened.isEmpty() || runId == RunListViewModel.NONE) {
            return;
        }
        executor.submit("Saving finding", (progress, cancel) -> {
            opened.get().saveFinding(runId, finding);
            return finding;
        }, (Outcome<Finding> outcome) -> {
            switch (outcome) {
                case Outcome.Done<Finding>(Finding saved) -> {
                    clusters.record(saved);
                    Map<Integer, Verdict> verdicts = clusters.verdicts();
                    pairs.updateVerdicts(verdicts);
                    scatter.updateVerdicts(verdicts);
                    whenSaved.run();
                }
                case Outcome.Failed<Finding>(Throwable error) -> dialogs.showError("Cannot save the finding",
                        UserMessages.of(error, "Saving the finding on cluster " + finding.clusterId() + " failed."), error);
                case Outcome.Cancelled<Finding>() -> { }
            }
        });
    }

    /**
     * The Export report dialog's model for the shown run (the focused cluster ticked); empty, with
     * a message saying why, when no analysed run is shown.
     *
     * @param documents opens a URI in the system browser (HostServices)
     */
    public Optional<ExportReportViewModel> exportReport(Consumer<String> documents) {
        int runId = runs.selectedRunProperty().get();
        Optional<RunRow> run = runs.find(runId);
        if (store.isEmpty() || run.isEmpty() || !run.get().analysed()) {
            dialogs.showInformation("Nothing to export", "Open a workspace and pick an analysed run first; the report is of the shown run.");
            return Optional.empty();
        }
        int focused = clusters.selectedClusterProperty().get();
        return Optional.of(ExportReportViewModel.forRun(tasks, store.get(), runId, run.get().name(), clusters.all(),
                focused == ClusterListViewModel.NONE ? OptionalInt.empty() : OptionalInt.of(focused), documents));
    }

    /**
     * The Replay dialog's model for the shown run's queries; empty, with a message saying why, when
     * no run is shown. The run the replay makes is listed and shown when it is done.
     */
    public Optional<ReplayViewModel> replay(KeyResolver keys, Optional<Path> lastProfiles, Consumer<Path> rememberProfiles) {
        Optional<RunRow> run = runs.find(runs.selectedRunProperty().get());
        if (store.isEmpty() || run.isEmpty()) {
            dialogs.showInformation("Nothing to replay", "Open a workspace and pick a run first; its logged queries are replayed.");
            return Optional.empty();
        }
        RunStore opened = store.get();
        return Optional.of(new ReplayViewModel(executor, tasks, opened, run.get().runId(), run.get().name(), keys, lastProfiles,
                rememberProfiles, showNewRunOf(opened)));
    }

    /**
     * The Match before/after window's model for the shown cutover run; empty, with a message saying why, when
     * the shown run is not a cutover log. The matched run is listed and shown when it is analysed.
     */
    public Optional<MatchViewModel> match() {
        Optional<RunRow> run = runs.find(runs.selectedRunProperty().get());
        if (store.isEmpty() || run.isEmpty() || !run.get().cutover()) {
            dialogs.showInformation("No cutover run shown", "Pick a cutover run first: one log spanning the model change,"
                    + " imported with its before/after split (File › Import log…). Its after-window queries are matched to"
                    + " before-window ones.");
            return Optional.empty();
        }
        RunStore opened = store.get();
        return Optional.of(new MatchViewModel(executor, tasks, opened, run.get().runId(), run.get().name(), Path.of(run.get().source()),
                matchModel, showNewRunOf(opened)));
    }

    /**
     * The Analysis settings window's model for the shown run; empty, with a message saying why, when no
     * analysed run is shown. A finished re-analysis is shown at once (headline, clusters, scatter).
     */
    public Optional<AnalysisSettingsViewModel> analysisSettings() {
        int runId = runs.selectedRunProperty().get();
        Optional<RunRow> run = runs.find(runId);
        if (store.isEmpty() || run.isEmpty() || !run.get().analysed()) {
            dialogs.showInformation("No analysed run shown", "Open a workspace and pick an analysed run first; the settings are the shown run's.");
            return Optional.empty();
        }
        RunStore opened = store.get();
        return Optional.of(new AnalysisSettingsViewModel(executor, tasks, opened, runId, run.get().name(), analyser, analysis -> {
            if (store.orElse(null) == opened && runs.selectedRunProperty().get() == runId) {
                showRun(runId);
            }
        }));
    }

    /** Shows the next pair in the table's order (within the focused cluster when one is focused). */
    public void nextPair() {
        pairs.selectNext();
    }

    public void previousPair() {
        pairs.selectPrevious();
    }

    /** A pair picked in the scatter: show it in the table, leaving a cluster filter that hides it. */
    private void selectPair(int pairId) {
        if (pairId == ScatterViewModel.NONE || pairs.selectedPairProperty().get() == pairId) {
            return;
        }
        if (!pairs.contains(pairId)) {
            clusters.clearSelection();
        }
        pairs.select(pairId);
    }

    private void showPair(Optional<PairRow> row) {
        row.ifPresentOrElse(detail::show, detail::clear);
        scatter.selectPair(row.map(PairRow::pairId).orElse(ScatterViewModel.NONE));
    }

    // --- for the views ----------------------------------------------------------------------------

    public RunListViewModel runs() {
        return runs;
    }

    public ClusterListViewModel clusters() {
        return clusters;
    }

    public ScatterViewModel scatter() {
        return scatter;
    }

    public PairTableViewModel pairs() {
        return pairs;
    }

    public PairDetailViewModel detail() {
        return detail;
    }

    public ClusterDetailViewModel clusterDetail() {
        return clusterDetail;
    }

    public SegmentViewModel segments() {
        return segments;
    }

    public BackgroundActivity activity() {
        return activity;
    }

    /** Every long task of the session: open, import, analysis, export. */
    public TaskList tasks() {
        return tasks;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The shown run's headline, or why there is none. */
    public ReadOnlyStringProperty runSummaryProperty() {
        return runSummary.getReadOnlyProperty();
    }

    /** The shown run's summary with every material run-level shift in full (interval, test), for a tooltip. */
    public ReadOnlyStringProperty runSummaryDetailProperty() {
        return runSummaryDetail.getReadOnlyProperty();
    }

    /** True while a cutover run is shown: the scatter gives way to what to do with it. */
    public ReadOnlyBooleanProperty cutoverShownProperty() {
        return cutoverShown.getReadOnlyProperty();
    }

    /** The open workspace file; changes once a workspace has opened. */
    public javafx.beans.property.ReadOnlyObjectProperty<Optional<Path>> workspaceProperty() {
        return openedWorkspace.getReadOnlyProperty();
    }

    public Optional<Path> workspace() {
        return store.map(RunStore::file);
    }

    /** Runs shown right now, for tests and the title. */
    List<RunRow> runRows() {
        return new ArrayList<>(runs.rows());
    }
}

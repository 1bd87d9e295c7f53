// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.settings;

import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.PreviousFinding;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.app.jobs.EmbeddingPath;
import dev.shiftlens.app.ui.RunAnalyser;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.RunningTask;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Analysis settings window's state: the settings the shown run was analysed with (loaded in the
 * background), what the user changes, why Re-analyse cannot run yet, and the re-analysis itself in
 * the background with progress and Cancel. Re-analysing reuses the workspace's embedding cache, so
 * only divergence, clustering, layout and characterisation are redone; the previous analysis stays
 * stored until the new one replaces it. Needs no JavaFX toolkit: tests drive it with a current-thread executor.
 */
public final class AnalysisSettingsViewModel {

    private final TaskExecutor reads;
    private final TaskExecutor analyses;
    private final RunStore store;
    private final int runId;
    private final String runName;
    private final RunAnalyser analyser;
    private final Consumer<RunAnalysis> whenReanalysed;

    private final BooleanProperty autoClusterSize = new SimpleBooleanProperty(true);
    private final StringProperty minClusterSize = new SimpleStringProperty("");
    private final BooleanProperty estimatedFloor = new SimpleBooleanProperty(true);
    private final StringProperty noiseFloor = new SimpleStringProperty("");
    private final StringProperty floorWidth = new SimpleStringProperty("3.0");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty schemaFile = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper autoChoice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentFloor = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schemaNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictPolicyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper embeddingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> previousFindings = FXCollections.observableArrayList();

    private Optional<String> schemaProblem = Optional.empty();
    /** The policy of the shown analysis (set with analyze --verdict-policy), kept by a re-analysis: the window does not edit it. */
    private VerdictPolicy verdictPolicy = VerdictPolicy.written();
    private long schemaCheck;
    private RunningTask task = RunningTask.FINISHED;

    /**
     * @param reads          runs the quick reads (stored settings, schema checks)
     * @param analyses       runs the re-analysis; the workbench passes its task list so it is listed there
     * @param whenReanalysed told, on the UI thread, once a new analysis is stored (the workbench shows it)
     */
    public AnalysisSettingsViewModel(TaskExecutor reads, TaskExecutor analyses, RunStore store, int runId, String runName, RunAnalyser analyser,
                                     Consumer<RunAnalysis> whenReanalysed) {
        this.reads = reads;
        this.analyses = analyses;
        this.store = store;
        this.runId = runId;
        this.runName = runName;
        this.analyser = analyser;
        this.whenReanalysed = whenReanalysed;
        List<Observable> inputs = List.of(autoClusterSize, minClusterSize, estimatedFloor, noiseFloor, floorWidth, seed, running, loaded);
        inputs.forEach(input -> input.addListener(changed -> check()));
        schemaFile.addListener((obs, old, now) -> checkSchema());
        check();
        load();
    }

    /** What was stored with the run's analysis, so the window opens with the settings last used. */
    private record Stored(Optional<Map<String, String>> settings, Optional<AnalysisSummary> summary, List<PreviousFinding> previous) {
    }

    private void load() {
        reads.submit("Reading the analysis settings of run " + runId,
                (listener, cancel) -> new Stored(store.analysisSettings(runId), store.analysisSummary(runId), store.previousFindings(runId)),
                (Outcome<Stored> outcome) -> {
                    switch (outcome) {
                        case Outcome.Done<Stored>(Stored stored) -> show(stored);
                        case Outcome.Failed<Stored>(Throwable error) ->
                                status.set(UserMessages.of(error, "Reading the settings of run " + runId + " failed."));
                        case Outcome.Cancelled<Stored>() -> { }
                    }
                    loaded.set(true);
                });
    }

    private void show(Stored stored) {
        Map<String, String> used = stored.settings().orElse(Map.of());
        seed.set(used.getOrDefault("seed", "42"));
        String size = used.getOrDefault("min_cluster_size", "auto");
        autoClusterSize.set("auto".equals(size));
        String chosen = used.get(AnalysisSettings.MIN_CLUSTER_SIZE_USED);
        minClusterSize.set(autoClusterSize.get() ? Optional.ofNullable(chosen).orElse("") : size);
        autoChoice.set(stored.settings().isEmpty() ? "The run has not been analysed yet."
                : chosen == null ? "This analysis did not record the size it chose; re-analyse to see it."
                : "Smallest cluster used for this run: " + chosen + (autoClusterSize.get()
                        ? " (auto: 1% of the diverged pairs, at least 8, at most 250)." : " (set by you)."));
        String floor = used.getOrDefault("noise_floor", "estimated");
        estimatedFloor.set("estimated".equals(floor));
        floorWidth.set(used.getOrDefault("floor_width", "3.0"));
        stored.summary().ifPresent(summary -> {
            noiseFloor.set(estimatedFloor.get() ? String.format(Locale.ROOT, "%.3f", summary.noiseFloor()) : floor);
            currentFloor.set("Current floor " + String.format(Locale.ROOT, "%.3f", summary.noiseFloor()) + ": " + summary.noiseFloorMethod() + ".");
        });
        String schema = used.getOrDefault("json_schema", "none");
        schemaFile.set("none".equals(schema) || "given".equals(schema) ? "" : schema);
        if ("given".equals(schema)) {
            schemaNote.set("The last analysis checked a JSON Schema whose file was not recorded; choose it again to keep checking it.");
        }
        showVerdictPolicy(used);
        embeddingNote.set(embeddingOf(used.getOrDefault("embedding_model", "")));
        previousFindings.setAll(stored.previous().stream().map(PreviousFinding::describe).toList());
    }

    private void showVerdictPolicy(Map<String, String> used) {
        try {
            verdictPolicy = AnalysisSettings.verdictPolicyOf(used);
            verdictPolicyNote.set(verdictPolicy.overrides().isEmpty() ? ""
                    : "Kept from the last analysis (set with --verdict-policy): " + overridesInLine(verdictPolicy) + ".");
        } catch (IllegalArgumentException e) {
            verdictPolicy = VerdictPolicy.written();
            verdictPolicyNote.set("The last analysis's verdict policy cannot be read (" + e.getMessage()
                    + "); re-analysing uses the written policy.");
        }
    }

    /** Which model embeds a re-analysis: the last analysis's, unless that came from an endpoint whose profile is not kept. */
    private static String embeddingOf(String modelId) {
        if (modelId.isEmpty()) {
            return "";
        }
        return EmbeddingPath.ofModelId(modelId)
                .map(path -> "Re-analysing embeds as the last analysis did: " + modelId + ". Choose another with `shiftlens analyze --embedding "
                        + EmbeddingPath.ids() + "`.")
                .orElse("The last analysis embedded with " + modelId + ", which is not bundled (an endpoint's profile is not kept with the run); "
                        + "re-analysing here uses the bundled " + EmbeddingPath.DEFAULT.id() + " path.");
    }

    private static String overridesInLine(VerdictPolicy policy) {
        return String.join("; ", policy.describeOverrides().strip().lines().toList());
    }

    /** Runs the analysis again with the chosen settings; does nothing while {@link #problemProperty()} says why not. */
    public void reanalyse() {
        if (!problem.get().isEmpty()) {
            return;
        }
        AnalysisSettings base = chosenWithoutSchema();
        Optional<Path> schema = schemaPath();
        running.set(true);
        progress.set(-1);
        status.set("Re-analysing with " + describe(base, schema) + "…");
        task = analyses.submit("Re-analysing run " + runId, (listener, cancel) -> {
            AnalysisSettings settings = schema.map(file -> {
                String text = SchemaFiles.read(file);
                return base.withJsonSchema(text, file.toString());
            }).orElse(base);
            return analyser.analyse(store, runId, settings, listener, cancel);
        }, (fraction, message) -> {
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                status.set("Re-analysing: " + message);
            }
        }, this::finished);
    }

    private void finished(Outcome<RunAnalysis> outcome) {
        task = RunningTask.FINISHED;
        running.set(false);
        switch (outcome) {
            case Outcome.Done<RunAnalysis>(RunAnalysis analysis) -> {
                progress.set(1);
                status.set("Re-analysed: " + analysis.summary().headline());
                show(new Stored(Optional.of(analysis.settings()), Optional.of(analysis.summary()), List.of()));
                reloadPreviousFindings();
                whenReanalysed.accept(analysis);
            }
            case Outcome.Failed<RunAnalysis>(Throwable error) -> {
                progress.set(0);
                status.set("Re-analysis failed; the previous analysis is kept. "
                        + UserMessages.of(error, "Analysing run " + runId + " failed."));
            }
            case Outcome.Cancelled<RunAnalysis>() -> {
                progress.set(0);
                status.set("Re-analysis cancelled; the previous analysis is kept.");
            }
        }
    }

    private void reloadPreviousFindings() {
        reads.submit("Reading earlier findings of run " + runId, (listener, cancel) -> store.previousFindings(runId),
                (Outcome<List<PreviousFinding>> outcome) -> {
                    if (outcome instanceof Outcome.Done<List<PreviousFinding>>(List<PreviousFinding> previous)) {
                        previousFindings.setAll(previous.stream().map(PreviousFinding::describe).toList());
                    }
                });
    }

    /** Asks a running re-analysis to stop at its next checkpoint; the stored analysis stays as it was. */
    public void cancel() {
        task.cancel();
    }

    private static String describe(AnalysisSettings settings, Optional<Path> schema) {
        return "seed " + settings.seed() + ", smallest cluster " + (settings.minClusterSize() == 0 ? "auto" : settings.minClusterSize())
                + ", noise floor " + (settings.noiseFloor().isPresent()
                        ? "fixed at " + settings.noiseFloor().getAsDouble()
                        : "estimated (" + settings.floorWidth() + " robust SDs)")
                + schema.map(file -> ", schema " + file.getFileName()).orElse("")
                + (settings.verdictPolicy().overrides().isEmpty() ? "" : ", verdicts " + overridesInLine(settings.verdictPolicy()));
    }

    // --- validation -----------------------------------------------------------------------------

    private void check() {
        problem.set(findProblem().orElse(""));
    }

    private Optional<String> findProblem() {
        if (running.get()) {
            return Optional.of("A re-analysis is running.");
        }
        if (!loaded.get()) {
            return Optional.of("Reading the run's settings…");
        }
        if (!autoClusterSize.get()) {
            Optional<Integer> size = integer(minClusterSize.get());
            if (size.isEmpty() || size.get() < AnalysisSettings.SMALLEST_CLUSTER_SIZE) {
                return Optional.of("Smallest cluster must be a whole number of at least " + AnalysisSettings.SMALLEST_CLUSTER_SIZE
                        + " pairs (it is “" + minClusterSize.get().strip() + "”), or choose auto.");
            }
        }
        if (!estimatedFloor.get()) {
            Optional<Double> floor = number(noiseFloor.get());
            if (floor.isEmpty() || floor.get() < 0 || floor.get() > 1) {
                return Optional.of("A fixed noise floor must be a number from 0 to 1 (divergence scores lie between them); it is “"
                        + noiseFloor.get().strip() + "”.");
            }
        } else {
            Optional<Double> width = number(floorWidth.get());
            if (width.isEmpty() || width.get() <= 0 || width.get() > AnalysisSettings.WIDEST_FLOOR_WIDTH) {
                return Optional.of("Floor width must be a number of robust SDs above 0 and at most " + (int) AnalysisSettings.WIDEST_FLOOR_WIDTH
                        + "; it is “" + floorWidth.get().strip() + "”.");
            }
        }
        try {
            Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            return Optional.of("Seed must be a whole number; it is “" + seed.get().strip() + "”.");
        }
        return schemaProblem;
    }

    /** Reads and checks the schema file off the UI thread; a newer path's answer wins over an older one's. */
    private void checkSchema() {
        long request = ++schemaCheck;
        Optional<Path> file;
        try {
            file = schemaPath();
        } catch (IllegalArgumentException e) {
            schemaProblem = Optional.of(e.getMessage());
            schemaNote.set("");
            check();
            return;
        }
        if (file.isEmpty()) {
            schemaProblem = Optional.empty();
            schemaNote.set("");
            check();
            return;
        }
        reads.submit("Checking the JSON Schema " + file.get(), (listener, cancel) -> SchemaFiles.check(file.get()),
                (Outcome<List<String>> outcome) -> {
                    if (request != schemaCheck) {
                        return;
                    }
                    switch (outcome) {
                        case Outcome.Done<List<String>>(List<String> unchecked) -> {
                            schemaProblem = Optional.empty();
                            schemaNote.set(unchecked.isEmpty() ? "" : "Not checked (outside the supported subset): " + String.join(", ", unchecked) + ".");
                        }
                        case Outcome.Failed<List<String>>(Throwable error) -> {
                            schemaProblem = Optional.of(UserMessages.of(error, "Cannot read " + file.get() + "."));
                            schemaNote.set("");
                        }
                        case Outcome.Cancelled<List<String>>() -> { }
                    }
                    check();
                });
    }

    private Optional<Path> schemaPath() {
        String text = schemaFile.get() == null ? "" : schemaFile.get().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("“" + text + "” is not a file path.");
        }
    }

    /** The settings as chosen; only called when {@link #findProblem()} found none. */
    AnalysisSettings chosenWithoutSchema() {
        AnalysisSettings settings = AnalysisSettings.defaults().withSeed(Long.parseLong(seed.get().strip()))
                .withMinClusterSize(autoClusterSize.get() ? 0 : integer(minClusterSize.get()).orElseThrow());
        settings = settings.withVerdictPolicy(verdictPolicy);
        return estimatedFloor.get()
                ? settings.withEstimatedNoiseFloor().withFloorWidth(number(floorWidth.get()).orElseThrow())
                : settings.withNoiseFloor(number(noiseFloor.get()).orElseThrow());
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // --- for the view ---------------------------------------------------------------------------

    public String title() {
        return "Analysis settings of run " + runId + ": " + runName;
    }

    public BooleanProperty autoClusterSizeProperty() {
        return autoClusterSize;
    }

    public StringProperty minClusterSizeProperty() {
        return minClusterSize;
    }

    /** What auto chose for this run's analysis, or why that is not known. */
    public ReadOnlyStringProperty autoChoiceProperty() {
        return autoChoice.getReadOnlyProperty();
    }

    public BooleanProperty estimatedFloorProperty() {
        return estimatedFloor;
    }

    public StringProperty noiseFloorProperty() {
        return noiseFloor;
    }

    /** The floor of the stored analysis and how it was set. */
    public ReadOnlyStringProperty currentFloorProperty() {
        return currentFloor.getReadOnlyProperty();
    }

    public StringProperty floorWidthProperty() {
        return floorWidth;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Empty: no schema. */
    public StringProperty schemaFileProperty() {
        return schemaFile;
    }

    /** Keywords of the chosen schema that are not checked, or that the last schema's file is unknown. */
    public ReadOnlyStringProperty schemaNoteProperty() {
        return schemaNote.getReadOnlyProperty();
    }

    /** The verdict overrides the last analysis used, which a re-analysis keeps; empty when it used the written policy. */
    public ReadOnlyStringProperty embeddingNoteProperty() {
        return embeddingNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictPolicyNoteProperty() {
        return verdictPolicyNote.getReadOnlyProperty();
    }

    /** Why Re-analyse cannot run now; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 before the first stage reports. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The stage running now, or how the last re-analysis ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Findings about clusters that a re-analysis did not find again, one line each. */
    public ObservableList<String> previousFindings() {
        return previousFindings;
    }
}

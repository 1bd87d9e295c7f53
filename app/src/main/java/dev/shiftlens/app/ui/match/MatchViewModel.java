// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.match;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.jobs.MatchJob;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.dialog.WorkbenchException;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.RunningTask;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.connectors.log.WindowLog;
import dev.shiftlens.storage.RunStore;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * The Match before/after window's state: threshold and seed, then {@link MatchJob} (as {@code shiftlens
 * match} runs it) in the background with progress and cancel, then how many after-window queries found
 * a before-window query similar enough, and the new matched run shown in the workbench. Needs no toolkit.
 */
public final class MatchViewModel {

    static final String THRESHOLD_NOTE = "Each after-window query is paired with its most similar before-window query; below this"
            + " similarity (0–1) it stays unmatched. Higher is stricter: fewer pairs, closer questions.";

    private final TaskExecutor reads;
    private final TaskExecutor matches;
    private final RunStore store;
    private final int runId;
    private final String runName;
    private final Path source;
    private final Optional<TextEmbedder> model;
    private final IntConsumer openRun;

    private final StringProperty threshold = new SimpleStringProperty(String.format(Locale.ROOT, "%.2f", MatchJob.DEFAULT_THRESHOLD));
    private final StringProperty seed = new SimpleStringProperty(String.valueOf(AnalysisSettings.defaults().seed()));
    private final ReadOnlyStringWrapper windows = new ReadOnlyStringWrapper("Counting the before and after entries…");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper producedRun = new ReadOnlyIntegerWrapper(-1);
    private final BooleanBinding matchDisabled;

    private RunningTask matchTask = RunningTask.FINISHED;
    private volatile Cancellation matchCancel = Cancellation.none();

    /**
     * @param reads   runs the quick read of the before/after counts
     * @param matches runs the matching; the workbench passes its task list so it is listed there
     * @param source  the cutover log the run was imported from, named in the matched run and its rejects
     * @param model   embeds queries and outputs; empty for the bundled sentence model
     * @param openRun shows the matched run in the workbench once it is analysed
     */
    public MatchViewModel(TaskExecutor reads, TaskExecutor matches, RunStore store, int runId, String runName, Path source,
                          Optional<TextEmbedder> model, IntConsumer openRun) {
        this.reads = reads;
        this.matches = matches;
        this.store = store;
        this.runId = runId;
        this.runName = runName;
        this.source = source;
        this.model = model;
        this.openRun = openRun;
        matchDisabled = Bindings.createBooleanBinding(() -> running.get() || !problem.get().isEmpty(), running, problem);
        threshold.addListener(changed -> check());
        seed.addListener(changed -> check());
        countWindows();
    }

    private void countWindows() {
        reads.submit("Counting the windows of run " + runId, (listener, cancel) -> store.logEntrySides(runId),
                (Outcome<Map<String, Long>> outcome) -> {
                    switch (outcome) {
                        case Outcome.Done<Map<String, Long>>(Map<String, Long> sides) -> windows.set(String.format(Locale.ROOT,
                                "%,d before and %,d after the cutover", sides.getOrDefault("before", 0L), sides.getOrDefault("after", 0L)));
                        case Outcome.Failed<Map<String, Long>>(Throwable error) -> windows.set(UserMessages.of(error,
                                "Cannot count the entries of run " + runId + "."));
                        case Outcome.Cancelled<Map<String, Long>>() -> { }
                    }
                });
    }

    private void check() {
        if (thresholdValue().isEmpty()) {
            problem.set("The similarity threshold is a number above 0 and at most 1, e.g. "
                    + String.format(Locale.ROOT, "%.2f", MatchJob.DEFAULT_THRESHOLD) + ".");
        } else if (seedValue().isEmpty()) {
            problem.set("The seed is a whole number, e.g. 42; the same seed gives the same clusters and layout.");
        } else {
            problem.set("");
        }
    }

    /** Matches in the background; does nothing while a match runs or a field needs fixing. */
    public void match() {
        if (matchDisabled.get()) {
            return;
        }
        double chosenThreshold = thresholdValue().orElseThrow();
        AnalysisSettings settings = AnalysisSettings.defaults().withSeed(seedValue().orElseThrow());
        running.set(true);
        summary.set("");
        progress.set(0);
        status.set("Matching the after-window queries of " + runName + "…");
        matchTask = matches.submit("Matching before/after of run " + runId, (listener, cancel) -> {
            matchCancel = cancel;
            return run(chosenThreshold, settings, listener, cancel);
        }, (fraction, message) -> {
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                status.set(message);
            }
        }, this::finished);
    }

    private MatchJob.Result run(double chosenThreshold, AnalysisSettings settings, ProgressListener listener, Cancellation cancel) {
        WindowLog before = window("before");
        WindowLog after = window("after");
        return model.isPresent()
                ? MatchJob.run(store, before, after, chosenThreshold, model.get(), settings, listener, cancel)
                : MatchJob.run(store, before, after, chosenThreshold, Optional.empty(), settings, listener, cancel);
    }

    private WindowLog window(String side) {
        WindowLog window = MatchJob.cutoverWindow(store, runId, source, side);
        if (window.records().isEmpty()) {
            throw new WorkbenchException("Run " + runId + " (" + source.getFileName() + ") has no '" + side + "' entries, so there is"
                    + " nothing to match. Import " + source.getFileName() + " again (File › Import log…) and set where the cutover"
                    + " is: the version that was before it, or the cutover time.");
        }
        return window;
    }

    /** Stops at the next checkpoint; the matched run is not kept, so nothing half-made is listed. */
    public void cancel() {
        if (running.get()) {
            status.set("Cancelling…");
            matchCancel.cancel();
            matchTask.cancel();
        }
    }

    private void finished(Outcome<MatchJob.Result> outcome) {
        running.set(false);
        matchCancel = Cancellation.none();
        switch (outcome) {
            case Outcome.Done<MatchJob.Result>(MatchJob.Result made) -> {
                progress.set(1);
                status.set("Done.");
                summary.set(describe(made));
                producedRun.set(made.runId());
                openRun.accept(made.runId());
            }
            case Outcome.Failed<MatchJob.Result>(Throwable error) -> {
                status.set("Failed.");
                summary.set(UserMessages.of(error, "Matching run " + runId + " failed."));
            }
            case Outcome.Cancelled<MatchJob.Result>() -> {
                status.set("Cancelled.");
                summary.set("Cancelled; no matched run was kept. The query vectors computed so far are cached, so Match again is quicker.");
            }
        }
    }

    /** e.g. "Matched 1,204 of 1,500 after-window queries (mean query similarity 0.91); 296 unmatched…". */
    static String describe(MatchJob.Result made) {
        return String.format(Locale.ROOT, "Matched %,d of %,d after-window queries (mean query similarity %.2f); %,d unmatched, listed"
                        + " as the rejects of run %d. %s: part of a divergence may come from the questions differing.",
                made.matched(), made.matched() + made.unmatched(), made.meanSimilarity(), made.unmatched(), made.runId(),
                MatchJob.MATCHED_NOTE);
    }

    private OptionalDouble thresholdValue() {
        try {
            double value = Double.parseDouble(threshold.get().strip());
            return value > 0 && value <= 1 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private OptionalLong seedValue() {
        try {
            return OptionalLong.of(Long.parseLong(seed.get().strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    // --- for the view ----------------------------------------------------------------------------

    public String title() {
        return "Match before and after the cutover of run " + runId + ": " + runName;
    }

    public String thresholdNote() {
        return THRESHOLD_NOTE;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** How many entries each window holds, e.g. "1,512 before and 1,488 after the cutover". */
    public ReadOnlyStringProperty windowsProperty() {
        return windows.getReadOnlyProperty();
    }

    /** A field to fix before matching; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding matchDisabled() {
        return matchDisabled;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How the last match ended: matched of all, mean similarity, unmatched; or why it stopped. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The matched run the last match made; -1 before one finished. */
    public ReadOnlyIntegerProperty producedRunProperty() {
        return producedRun.getReadOnlyProperty();
    }
}

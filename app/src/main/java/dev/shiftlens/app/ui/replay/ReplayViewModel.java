// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.replay;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.jobs.ReplayJob;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.dialog.WorkbenchException;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.RunningTask;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.connectors.endpoint.EndpointProfiles;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.endpoint.ProfileFileException;
import dev.shiftlens.connectors.replay.CostEstimate;
import dev.shiftlens.connectors.replay.ReplayListener;
import dev.shiftlens.connectors.replay.ReplayProgress;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.storage.RunStore;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The Replay dialog's state: endpoint profiles, mode, sample; the estimate of requests, tokens and
 * money computed by {@link ReplayJob#prepare} (as {@code shiftlens replay} prints it) before anything
 * is sent, which the user accepts; then {@link ReplayJob#execute} in the background with its own
 * progress and cancel, capped at the spend cap; then what it made. Needs no JavaFX toolkit.
 */
public final class ReplayViewModel {

    /** Which sides the endpoints answer: exactly the two {@link ReplayMode}s. */
    public enum Mode {
        PRE_PROMOTION("Pre-promotion: baseline and candidate endpoints both answer a sample"),
        RETROSPECTIVE("Retrospective: the pre-update (baseline) endpoint answers the run's logged queries");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How the sample keeps the log's mix: not at all, by a metadata field's values, or by query topic. */
    public record Stratify(String label, Optional<String> by) {
        public static final Stratify NONE = new Stratify("none (simple random sample)", Optional.empty());
        public static final Stratify QUERY_CLUSTERS = new Stratify("query clusters (topics)", Optional.of(ReplayJob.QUERY_CLUSTERS));

        static Stratify field(String name) {
            return new Stratify("segment field: " + name, Optional.of(name));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String TOKEN_NOTE = "Tokens are estimated without the model's tokenizer, at about 4 characters a token, with each"
            + " answer as long as the logged one (capped by max_tokens). A server that answers longer costs more, up to the"
            + " \"at most\" figure; the replay stops at the spend cap either way.";
    static final double CAP_MARGIN = 1.25;
    private static final int FAILURES_SHOWN = 5;

    private final TaskExecutor reads;
    private final TaskExecutor replays;
    private final RunStore store;
    private final int runId;
    private final String runName;
    private final KeyResolver keys;
    private final Consumer<Path> rememberProfiles;
    private final IntConsumer openRun;

    private final StringProperty profilesFile = new SimpleStringProperty("");
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final StringProperty baseline = new SimpleStringProperty("");
    private final StringProperty candidate = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.PRE_PROMOTION);
    private final StringProperty sampleSize = new SimpleStringProperty("100");
    private final ObservableList<Stratify> stratifyChoices = FXCollections.observableArrayList(Stratify.NONE);
    private final ObjectProperty<Stratify> stratify = new SimpleObjectProperty<>(Stratify.NONE);
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty repeats = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final ObservableList<CostEstimate.Line> estimateLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper estimateSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper estimating = new ReadOnlyBooleanWrapper(false);
    private final StringProperty spendCap = new SimpleStringProperty("");
    private final BooleanProperty accepted = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper requestsDone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper throughput = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spent = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper retries = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper producedRun = new ReadOnlyIntegerWrapper(-1);
    private final BooleanBinding replayDisabled;

    private Optional<EndpointProfiles> profiles = Optional.empty();
    private Optional<ReplayJob.Prepared> prepared = Optional.empty();
    private long estimateGeneration;
    private boolean choosingProfiles;
    private RunningTask estimateTask = RunningTask.FINISHED;
    private RunningTask replayTask = RunningTask.FINISHED;
    private volatile Cancellation replayCancel = Cancellation.none();

    /**
     * @param reads            runs the quick work: reading profiles and segment fields, estimating
     * @param replays          runs the replay itself; the workbench passes its task list so it is listed there
     * @param rememberProfiles keeps a profile file that loaded, for the next time the dialog opens
     * @param openRun          shows the run a finished replay made in the workbench
     */
    public ReplayViewModel(TaskExecutor reads, TaskExecutor replays, RunStore store, int runId, String runName, KeyResolver keys,
                           Optional<Path> lastProfiles, Consumer<Path> rememberProfiles, IntConsumer openRun) {
        this.reads = reads;
        this.replays = replays;
        this.store = store;
        this.runId = runId;
        this.runName = runName;
        this.keys = keys;
        this.rememberProfiles = rememberProfiles;
        this.openRun = openRun;
        replayDisabled = Bindings.createBooleanBinding(() -> !accepted.get() || running.get() || estimating.get()
                || estimateLines.isEmpty() || !problem.get().isEmpty() || cap().isEmpty(), accepted, running, estimating,
                estimateLines, problem, spendCap);
        readSegmentFields();
        profilesFile.addListener((obs, old, now) -> loadProfiles());
        List<Observable> inputs = List.of(baseline, candidate, mode, sampleSize, stratify, seed, repeats);
        inputs.forEach(input -> input.addListener(changed -> {
            if (!choosingProfiles) {
                estimate();
            }
        }));
        lastProfiles.ifPresentOrElse(file -> profilesFile.set(file.toString()), this::estimate);
    }

    private void readSegmentFields() {
        reads.submit("Reading the segment fields of run " + runId, (listener, cancel) -> store.segmentFields(runId),
                (Outcome<List<String>> outcome) -> {
                    if (outcome instanceof Outcome.Done<List<String>>(List<String> fields)) {
                        List<Stratify> choices = new ArrayList<>(List.of(Stratify.NONE));
                        fields.stream().sorted().map(Stratify::field).forEach(choices::add);
                        choices.add(Stratify.QUERY_CLUSTERS);
                        stratifyChoices.setAll(choices);
                    }
                });
    }

    // --- profiles and the estimate ---------------------------------------------------------------

    private void loadProfiles() {
        profiles = Optional.empty();
        profileNames.clear();
        Optional<Path> file = path(profilesFile.get());
        if (file.isEmpty()) {
            estimate();
            return;
        }
        reads.submit("Reading the endpoint profiles", (listener, cancel) -> readProfiles(file.get()),
                (Outcome<EndpointProfiles> outcome) -> {
                    if (!file.equals(path(profilesFile.get()))) {
                        return;
                    }
                    switch (outcome) {
                        case Outcome.Done<EndpointProfiles>(EndpointProfiles loaded) -> showProfiles(loaded);
                        case Outcome.Failed<EndpointProfiles>(Throwable error) -> estimate(UserMessages.of(error,
                                "Cannot read the profile file " + file.get() + "."));
                        case Outcome.Cancelled<EndpointProfiles>() -> { }
                    }
                });
    }

    private static EndpointProfiles readProfiles(Path file) {
        try {
            return EndpointProfiles.load(file);
        } catch (ProfileFileException e) {
            throw new WorkbenchException(e.getMessage()); // names the file, the line and the fix
        }
    }

    private void showProfiles(EndpointProfiles loaded) {
        List<String> chat = loaded.names().stream().filter(name -> loaded.get(name).kind().chats()).toList();
        profiles = Optional.of(loaded);
        rememberProfiles.accept(loaded.file());
        profileNames.setAll(chat);
        String chosenBaseline = chat.contains(baseline.get()) ? baseline.get()
                : chat.contains("baseline") ? "baseline" : chat.stream().findFirst().orElse("");
        String chosenCandidate = chat.contains(candidate.get()) && !candidate.get().equals(chosenBaseline) ? candidate.get()
                : chat.contains("candidate") ? "candidate" : chat.stream().filter(name -> !name.equals(chosenBaseline)).findFirst().orElse("");
        choosingProfiles = true; // one estimate for both choices, not one per choice
        try {
            baseline.set(chosenBaseline);
            candidate.set(chosenCandidate);
        } finally {
            choosingProfiles = false;
        }
        estimate();
    }

    /** Drops the estimate and the acceptance, then computes the estimate for the inputs as they are now. */
    private void estimate() {
        estimate("");
    }

    private void estimate(String profileProblem) {
        long generation = ++estimateGeneration;
        estimateTask.cancel();
        accepted.set(false);
        prepared = Optional.empty();
        estimateLines.clear();
        estimateSummary.set("");
        spendCap.set("");
        Optional<ReplayChoice> choice = profileProblem.isEmpty() ? choice() : Optional.empty();
        if (choice.isEmpty()) {
            if (!profileProblem.isEmpty()) {
                problem.set(profileProblem);
            }
            estimating.set(false);
            return;
        }
        problem.set("");
        estimating.set(true);
        ReplayChoice chosen = choice.get();
        estimateTask = reads.submit("Estimating the replay", (listener, cancel) -> ReplayJob.prepare(store, runId,
                chosen.open(keys), chosen.sample(), chosen.stratify().by(), chosen.seed(), chosen.repeats()),
                (Outcome<ReplayJob.Prepared> outcome) -> {
                    if (generation != estimateGeneration) {
                        return;
                    }
                    estimating.set(false);
                    switch (outcome) {
                        case Outcome.Done<ReplayJob.Prepared>(ReplayJob.Prepared done) -> showEstimate(done);
                        case Outcome.Failed<ReplayJob.Prepared>(Throwable error) -> problem.set(UserMessages.of(error,
                                "Cannot estimate the replay."));
                        case Outcome.Cancelled<ReplayJob.Prepared>() -> { }
                    }
                });
    }

    /** The choice once every field reads; else empty, with {@link #problem} saying what to fix. */
    private Optional<ReplayChoice> choice() {
        if (profiles.isEmpty()) {
            problem.set(profilesFile.get().isBlank() ? "Choose an endpoint profiles file (docs/replay.md; `./shiftlens test-server"
                    + " --write-profiles FILE` writes a working example)." : "Reading the profile file…");
            return Optional.empty();
        }
        ReplayChoice.Fields fields = new ReplayChoice.Fields(mode.get(), baseline.get(), candidate.get(), sampleSize.get(),
                stratify.get(), seed.get(), repeats.get());
        return switch (ReplayChoice.read(profiles.get(), fields)) {
            case ReplayChoice.Read.Valid(ReplayChoice valid) -> Optional.of(valid);
            case ReplayChoice.Read.Invalid(String whatToFix) -> {
                problem.set(whatToFix);
                yield Optional.empty();
            }
        };
    }

    private void showEstimate(ReplayJob.Prepared done) {
        prepared = Optional.of(done);
        CostEstimate estimate = done.estimate();
        List<CostEstimate.Line> lines = new ArrayList<>(estimate.lines());
        lines.add(new CostEstimate.Line("Total", "", lines.stream().mapToInt(CostEstimate.Line::requests).sum(), estimate.cached(),
                lines.stream().mapToLong(CostEstimate.Line::inputTokens).sum(), lines.stream().mapToLong(CostEstimate.Line::outputTokens).sum(),
                estimate.expectedUsd(), estimate.worstUsd()));
        estimateLines.setAll(lines);
        estimateSummary.set(done.sample().method() + ": " + estimate.describeTotal() + ".");
        spendCap.set(defaultCap(estimate.expectedUsd()).toPlainString());
    }

    /** The estimate plus a quarter, rounded up to whole cents: room for longer answers, not for a surprise. */
    static BigDecimal defaultCap(double expectedUsd) {
        return BigDecimal.valueOf(expectedUsd).multiply(BigDecimal.valueOf(CAP_MARGIN)).setScale(2, RoundingMode.CEILING);
    }

    // --- the replay ------------------------------------------------------------------------------

    /** Replays in the background once the estimate is accepted; does nothing otherwise. */
    public void replay() {
        if (replayDisabled.get() || prepared.isEmpty()) {
            return;
        }
        ReplayJob.Prepared plan = prepared.get();
        double cap = cap().orElseThrow();
        running.set(true);
        accepted.set(false);
        summary.set("");
        failures.clear();
        progress.set(0);
        showProgress(new ReplayProgress(plan.plan().requests().size(), 0, 0, 0, 0, 0, 0, Duration.ZERO));
        status.set("Replaying " + plan.sample().method() + "…");
        AtomicReference<ReplayProgress> latest = new AtomicReference<>();
        replayTask = replays.submit("Replaying run " + runId, (listener, cancel) -> {
            replayCancel = cancel;
            ReplayListener onRequest = new ReplayListener() {
                @Override
                public synchronized void progressed(ReplayProgress now) {
                    latest.set(now);
                    listener.update(now.fraction(), "Replaying: %,d of %,d requests".formatted(now.done(), now.total()));
                }
            };
            AnalysisSettings settings = AnalysisSettings.defaults().withSeed(plan.seed());
            return ReplayJob.execute(store, plan, RetryPolicy.defaults(), OptionalDouble.of(cap), onRequest, settings,
                    (fraction, message) -> listener.update(fraction, "Analysing the new run: " + (message == null ? "" : message)), cancel);
        }, (fraction, message) -> {
            Optional.ofNullable(latest.get()).ifPresent(this::showProgress);
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                status.set(message);
            }
        }, (Outcome<ReplayJob.Outcome> outcome) -> finished(outcome, cap));
    }

    /** Stops sending; answers already received stay in the workspace, so Replay again asks only for the rest. */
    public void cancel() {
        if (running.get()) {
            status.set("Cancelling: waiting for the requests in flight…");
            replayCancel.cancel();
            replayTask.cancel();
        }
    }

    private void showProgress(ReplayProgress now) {
        requestsDone.set("%,d of %,d requests (%,d from the workspace, %,d failed)".formatted(now.done(), now.total(), now.cached(),
                now.failed()));
        throughput.set(String.format(Locale.ROOT, "%.1f requests/s", now.requestsPerSecond()));
        spent.set(String.format(Locale.ROOT, "$%.4f", now.spentUsd()));
        retries.set("%,d".formatted(now.retries()));
    }

    private void finished(Outcome<ReplayJob.Outcome> outcome, double cap) {
        running.set(false);
        replayCancel = Cancellation.none();
        String resume = " Answers received are kept in " + store.file().getFileName()
                + "; Replay again asks only for the rest, without paying twice.";
        switch (outcome) {
            case Outcome.Done<ReplayJob.Outcome>(ReplayJob.Outcome.Analysed made) -> {
                showProgress(made.report().progress());
                progress.set(1);
                status.set("Done.");
                summary.set(ReplaySummary.made(made, prepared.map(p -> p.estimate().expectedUsd()).orElse(0.0), cap));
                failures.setAll(ReplaySummary.failures(made, FAILURES_SHOWN));
                producedRun.set(made.runId());
                openRun.accept(made.runId());
            }
            case Outcome.Done<ReplayJob.Outcome>(ReplayJob.Outcome.Stopped stopped) -> {
                showProgress(stopped.report().progress());
                status.set("Stopped.");
                summary.set(ReplaySummary.stopped(stopped, cap) + resume);
                failures.setAll(ReplaySummary.failures(stopped, FAILURES_SHOWN));
            }
            case Outcome.Failed<ReplayJob.Outcome>(Throwable error) -> {
                status.set("Failed.");
                summary.set(UserMessages.of(error, "The replay failed.") + resume);
            }
            case Outcome.Cancelled<ReplayJob.Outcome>() -> {
                status.set("Cancelled.");
                summary.set("Cancelled; nothing analysed." + resume);
            }
        }
        estimate(); // the answers now in the workspace cost nothing: the next estimate shows what is left
    }

    private Optional<Double> cap() {
        OptionalDouble value = number(spendCap.get());
        return value.isPresent() && value.getAsDouble() >= 0 ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    private static OptionalDouble number(String text) {
        try {
            return text == null || text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text.strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Optional<Path> path(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Path.of(text.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    // --- for the view ----------------------------------------------------------------------------

    public String title() {
        return "Replay the queries of run " + runId + ": " + runName;
    }

    public StringProperty profilesFileProperty() {
        return profilesFile;
    }

    /** The chat profiles of the loaded file (embeddings profiles cannot answer queries). */
    public ObservableList<String> profileNames() {
        return profileNames;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty candidateProperty() {
        return candidate;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty sampleSizeProperty() {
        return sampleSize;
    }

    public ObservableList<Stratify> stratifyChoices() {
        return stratifyChoices;
    }

    public ObjectProperty<Stratify> stratifyProperty() {
        return stratify;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** How many sampled queries the baseline answers twice, to measure the noise floor. */
    public StringProperty repeatsProperty() {
        return repeats;
    }

    /** Why there is no estimate (a bad profile file, a missing key, an input to fix); empty when there is one or it is coming. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Per endpoint, then the total; empty until estimated. */
    public ObservableList<CostEstimate.Line> estimateLines() {
        return estimateLines;
    }

    public ReadOnlyStringProperty estimateSummaryProperty() {
        return estimateSummary.getReadOnlyProperty();
    }

    public String tokenNote() {
        return TOKEN_NOTE;
    }

    public ReadOnlyBooleanProperty estimatingProperty() {
        return estimating.getReadOnlyProperty();
    }

    /** US dollars; the replay stops before spending more. */
    public StringProperty spendCapProperty() {
        return spendCap;
    }

    /** "I accept this estimate": unticked by every change of the inputs. */
    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public BooleanBinding replayDisabled() {
        return replayDisabled;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Requests done of all planned while replaying, then the analysis's share. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestsDoneProperty() {
        return requestsDone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty throughputProperty() {
        return throughput.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty spentProperty() {
        return spent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retriesProperty() {
        return retries.getReadOnlyProperty();
    }

    /** How the last replay ended: the run made, pairs and spend; or why it stopped and how to resume. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Queries left without a pair, or the endpoint failures that stopped the replay, with their messages. */
    public ObservableList<String> failures() {
        return failures;
    }

    /** The run the last replay made; -1 before one finished. */
    public ReadOnlyIntegerProperty producedRunProperty() {
        return producedRun.getReadOnlyProperty();
    }
}

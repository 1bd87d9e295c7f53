// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.ImportPlan;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.ingest.SourceSample;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.RunningTask;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.connectors.logformat.InferredMapping;
import dev.shiftlens.connectors.logformat.LogFormats;
import dev.shiftlens.connectors.logformat.MappingException;
import dev.shiftlens.connectors.logformat.MappingPreview;
import dev.shiftlens.connectors.logformat.RowShape;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RejectReason;
import dev.shiftlens.storage.RunStore;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Import dialog for two per-model logs, as {@code shiftlens import --baseline B --candidate C}:
 * each file's first rows and mapping inferred as the CLI infers them, Swap, the join key, the first
 * rows joined, and the import through the same {@link LogFormats#planPerModel} plan and store. A pair
 * the importer would refuse (the same file twice, a file without an output) is refused before any
 * work. Needs no JavaFX toolkit.
 */
public final class PerModelImportViewModel implements ImportRun {

    /** Which model's log. */
    public enum Side { BASELINE, CANDIDATE }

    public static final List<Field> FIELDS = List.of(Field.QUERY, Field.OUTPUT, Field.REQUEST_ID, Field.TIMESTAMP, Field.MODEL);
    private static final Pattern CANDIDATE_NAME = Pattern.compile("(?i)(^|[^a-z])(candidate|cand|new|after|next)([^a-z]|$)");
    private static final Pattern BASELINE_NAME = Pattern.compile("(?i)(^|[^a-z])(baseline|base|old|before|prod|current)([^a-z]|$)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One log: its file, first rows and the mapping chosen for it. */
    private record Log(SourceSample sample, InferredMapping mapping) {
    }

    /** What the dialog says once the logs were joined and stored. */
    private record Joined(ImportReport report, List<RejectReason> reasons, long baselineOnly, long candidateOnly) {
    }

    private final TaskExecutor reads;
    private final TaskExecutor imports;
    private final RunStore store;
    private final Consumer<ImportReport> onImported;

    private final ReadOnlyObjectWrapper<Path> baselineFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> candidateFile = new ReadOnlyObjectWrapper<>();
    private Optional<Log> baseline = Optional.empty();
    private Optional<Log> candidate = Optional.empty();
    private final ReadOnlyObjectWrapper<Long> mappingVersion = new ReadOnlyObjectWrapper<>(0L);
    private final ObjectProperty<JoinKey> join = new SimpleObjectProperty<>(JoinKey.REQUEST_ID_THEN_QUERY);
    private final ObservableList<String> baselineColumns = FXCollections.observableArrayList();
    private final ObservableList<String> candidateColumns = FXCollections.observableArrayList();
    private final ObservableList<Map<String, String>> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final StringProperty runName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Reading the first rows…");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<RejectReason> rejectReasons = FXCollections.observableArrayList();
    private final BooleanBinding canImport;

    private long previewGeneration;
    private RunningTask importTask = RunningTask.FINISHED;
    private volatile Optional<Cancellation> importCancellation = Optional.empty();

    /** {@code first} and {@code second} in the order chosen; which is the baseline is guessed from their names. */
    public PerModelImportViewModel(TaskExecutor reads, TaskExecutor imports, RunStore store, Path first, Path second,
                                   Consumer<ImportReport> onImported) {
        this.reads = reads;
        this.imports = imports;
        this.store = store;
        this.onImported = onImported;
        boolean reversed = looksLike(CANDIDATE_NAME, first) && !looksLike(CANDIDATE_NAME, second)
                || looksLike(BASELINE_NAME, second) && !looksLike(BASELINE_NAME, first);
        baselineFile.set(reversed ? second : first);
        candidateFile.set(reversed ? first : second);
        runName.set(defaultName());
        join.addListener((obs, old, now) -> refreshPreview());
        canImport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get() && !running.get() && !imported.get()
                && baseline.isPresent() && candidate.isPresent() && !runName.get().isBlank(),
                problem, busy, running, imported, mappingVersion, runName);
    }

    private static boolean looksLike(Pattern name, Path file) {
        return name.matcher(file.getFileName().toString()).find();
    }

    private String defaultName() {
        return baselineFile.get().getFileName() + " vs " + candidateFile.get().getFileName();
    }

    /** Reads both logs' first rows and infers each one's mapping; refuses the same file twice before reading. */
    public void load() {
        if (sameFile()) {
            busy.set(false);
            status.set("");
            problem.set(baselineFile.get().getFileName() + " was chosen twice: the baseline and the candidate must be two different logs,"
                    + " one per model. Choose the other model's log too.");
            return;
        }
        busy.set(true);
        Path base = baselineFile.get();
        Path cand = candidateFile.get();
        reads.submit("Reading the first rows of " + base.getFileName() + " and " + cand.getFileName(),
                (progress, cancel) -> List.of(read(base), read(cand)), (Outcome<List<Log>> outcome) -> {
                    switch (outcome) {
                        case Outcome.Done<List<Log>>(List<Log> logs) -> {
                            status.set("");
                            baseline = Optional.of(logs.get(0));
                            candidate = Optional.of(logs.get(1));
                            join.set(inferredJoin());
                            shown();
                        }
                        case Outcome.Failed<List<Log>>(Throwable error) -> {
                            busy.set(false);
                            status.set("");
                            problem.set(UserMessages.of(error, "Reading " + base.getFileName() + " and " + cand.getFileName() + " failed."));
                        }
                        case Outcome.Cancelled<List<Log>>() -> busy.set(false);
                    }
                });
    }

    private boolean sameFile() {
        try {
            return Files.isSameFile(baselineFile.get(), candidateFile.get());
        } catch (IOException e) {
            return baselineFile.get().toAbsolutePath().normalize().equals(candidateFile.get().toAbsolutePath().normalize());
        }
    }

    /** As {@code import --baseline/--candidate}: the inferred mapping; a file of another shape is read as one model's log. */
    private Log read(Path file) {
        SourceSample sample = store.sample(SourceFile.of(file));
        try {
            InferredMapping inferred = LogFormats.inferWithOverrides(sample, Optional.empty());
            return new Log(sample, inferred.rowShape() == RowShape.SINGLE_OUTPUT ? inferred : LogFormats.inferAs("per-model", sample));
        } catch (MappingException unknown) {
            return new Log(sample, LogFormats.inferAs("per-model", sample));
        }
    }

    /** Request id then normalised query when both logs have ids (as the CLI's --join auto), else the query alone. */
    private JoinKey inferredJoin() {
        boolean ids = baseline.orElseThrow().mapping().mapping().has(Field.REQUEST_ID)
                && candidate.orElseThrow().mapping().mapping().has(Field.REQUEST_ID);
        return ids ? JoinKey.REQUEST_ID_THEN_QUERY : JoinKey.NORMALISED_QUERY;
    }

    // --- editing ----------------------------------------------------------------------------------

    /** Makes the other file the baseline: its outputs become the baseline outputs of every pair. */
    public void swap() {
        if (running.get() || imported.get()) {
            return;
        }
        boolean named = runName.get().equals(defaultName());
        Path was = baselineFile.get();
        baselineFile.set(candidateFile.get());
        candidateFile.set(was);
        Optional<Log> log = baseline;
        baseline = candidate;
        candidate = log;
        if (named) {
            runName.set(defaultName());
        }
        if (baseline.isPresent()) {
            shown();
        } else {
            load();
        }
    }

    /** Maps {@code field} of one log to {@code path}, or unmaps it when blank: a {@code --map} entry for that file. */
    public void setField(Side side, Field field, String path) {
        String wanted = path == null ? "" : path.strip();
        Optional<Log> log = log(side);
        if (log.isEmpty() || wanted.equals(pathOf(side, field).orElse(""))) {
            return;
        }
        try {
            InferredMapping now = log.get().mapping();
            Log edited = new Log(log.get().sample(), now.withMapping(now.mapping().overriddenBy(field.key() + "=" + wanted)));
            if (side == Side.BASELINE) {
                baseline = Optional.of(edited);
            } else {
                candidate = Optional.of(edited);
            }
            shown();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    private Optional<Log> log(Side side) {
        return side == Side.BASELINE ? baseline : candidate;
    }

    private void shown() {
        fillColumns(baselineColumns, baseline);
        fillColumns(candidateColumns, candidate);
        mappingVersion.set(mappingVersion.get() + 1);
        refreshPreview();
    }

    private static void fillColumns(ObservableList<String> columns, Optional<Log> log) {
        log.ifPresent(shown -> {
            List<String> wanted = new ArrayList<>(shown.sample().fieldPaths());
            shown.mapping().mapping().fields().values().stream().map(FieldPath::toString).filter(path -> !wanted.contains(path))
                    .forEach(wanted::add);
            if (!columns.equals(wanted)) {
                columns.setAll(wanted);
            }
        });
    }

    private void refreshPreview() {
        if (baseline.isEmpty() || candidate.isEmpty()) {
            return;
        }
        long request = ++previewGeneration;
        busy.set(true);
        Log base = baseline.get();
        Log cand = candidate.get();
        JoinKey key = join.get();
        reads.submit("Previewing the join of " + base.sample().file().name() + " and " + cand.sample().file().name(),
                (progress, cancel) -> previewOf(base, cand, key), (Outcome<Preview> outcome) -> {
                    if (request != previewGeneration) {
                        return;
                    }
                    busy.set(false);
                    switch (outcome) {
                        case Outcome.Done<Preview>(Preview preview) -> {
                            previewRows.setAll(preview.joined().rows());
                            previewNote.set("%,d of the first %,d baseline and %,d candidate rows join by %s.".formatted(preview.joined().joined(),
                                    preview.joined().baselineRead(), preview.joined().candidateRead(), describe(key)));
                            problem.set(preview.problem().orElse(""));
                        }
                        case Outcome.Failed<Preview>(Throwable error) -> problem.set(UserMessages.of(error, "Previewing the join failed."));
                        case Outcome.Cancelled<Preview>() -> { }
                    }
                });
    }

    private record Preview(JoinedPreview joined, Optional<String> problem) {
    }

    private static Preview previewOf(Log base, Log cand, JoinKey key) {
        Optional<String> problem;
        try {
            LogFormats.planPerModel(base.sample(), base.mapping(), cand.sample(), cand.mapping(), key);
            problem = Optional.empty();
        } catch (MappingException e) {
            problem = Optional.of(e.getMessage());
        }
        JoinedPreview joined = JoinedPreview.of(rowsOf(base), rowsOf(cand), key, ImportDialogViewModel.PREVIEW_ROWS);
        return new Preview(joined, problem);
    }

    private static List<Map<String, String>> rowsOf(Log log) {
        return MappingPreview.rows(log.sample(), log.mapping().mapping(), log.sample().rows().size());
    }

    /** How the join key reads in the dialog. */
    public static String describe(JoinKey key) {
        return switch (key) {
            case REQUEST_ID_THEN_QUERY -> "request id, then normalised query";
            case REQUEST_ID -> "request id";
            case NORMALISED_QUERY -> "normalised query";
        };
    }

    // --- importing --------------------------------------------------------------------------------

    /** Joins and stores the two logs as a new run; does nothing while {@link #canImportProperty()} is false. */
    public void importRun() {
        if (!canImport.get()) {
            return;
        }
        Log base = baseline.orElseThrow();
        Log cand = candidate.orElseThrow();
        JoinKey key = join.get();
        String name = runName.get().strip();
        String files = base.sample().file().name() + " and " + cand.sample().file().name();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        status.set("Importing " + files + "…");
        importTask = imports.submit("Importing " + files, (listener, cancel) -> {
            importCancellation = Optional.of(cancel);
            ImportPlan plan = LogFormats.planPerModel(base.sample(), base.mapping(), cand.sample(), cand.mapping(), key);
            ImportReport report = store.importPlan(plan, name, listener, cancel);
            JsonNode outcome = outcome(report.runId());
            return new Joined(report, report.rowsRejected() > 0 ? store.rejectReasons(report.runId()) : List.of(),
                    outcome.path("unmatched_baseline").asLong(), outcome.path("unmatched_candidate").asLong());
        }, (fraction, message) -> {
            if (!running.get()) {
                return; // a progress message delivered after the outcome must not hide it
            }
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                status.set(message);
            }
        }, this::finished);
    }

    /** The match counts the importer saved with the run ({@code runs.settings.import.outcome}). */
    private JsonNode outcome(int runId) {
        try {
            return JSON.readTree(store.runSettings(runId)).path("import").path("outcome");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import settings of run " + runId, e);
        }
    }

    private void finished(Outcome<Joined> outcome) {
        running.set(false);
        importTask = RunningTask.FINISHED;
        importCancellation = Optional.empty();
        switch (outcome) {
            case Outcome.Done<Joined>(Joined done) -> {
                ImportReport report = done.report();
                imported.set(true);
                progress.set(1);
                counts.set("Joined %,d pairs; baseline only %,d, candidate only %,d".formatted(report.pairs(), done.baselineOnly(),
                        done.candidateOnly()));
                rejectReasons.setAll(done.reasons());
                status.set(("Rows read %,d = stored %,d + rejected %,d. Run %d: the unmatched rows are kept as its rejects (reason"
                        + " \"unmatched: …\", listed below with their file and line); the workbench analyses the pairs and shows them.")
                        .formatted(report.rowsRead(), report.rowsStored(), report.rowsRejected(), report.runId()));
                onImported.accept(report);
            }
            case Outcome.Failed<Joined>(Throwable error) -> {
                progress.set(0);
                failed.set(true);
                status.set("Import failed, nothing was stored: " + UserMessages.of(error, "Importing the two logs failed."));
            }
            case Outcome.Cancelled<Joined>() -> {
                progress.set(0);
                status.set("Import cancelled; nothing was stored.");
            }
        }
    }

    /** Asks a running import to stop; the store rolls it back, so no half run is left. */
    public void cancel() {
        if (running.get()) {
            status.set("Cancelling…");
            importCancellation.ifPresent(Cancellation::cancel);
            importTask.cancel();
        }
    }

    // --- for the view -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Path> baselineFileProperty() {
        return baselineFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> candidateFileProperty() {
        return candidateFile.getReadOnlyProperty();
    }

    /** Changes whenever either log's mapping (or which log is which) changes. */
    public ReadOnlyObjectProperty<Long> mappingVersionProperty() {
        return mappingVersion.getReadOnlyProperty();
    }

    public Optional<String> pathOf(Side side, Field field) {
        return log(side).flatMap(log -> log.mapping().mapping().path(field)).map(FieldPath::toString);
    }

    /** "per-model — …": the shape the log was read as. */
    public String shapeOf(Side side) {
        return log(side).map(log -> log.mapping().format() + " — " + log.mapping().description()).orElse("");
    }

    /** The log's columns or JSON paths a field can be mapped to. */
    public ObservableList<String> columns(Side side) {
        return side == Side.BASELINE ? baselineColumns : candidateColumns;
    }

    public ObjectProperty<JoinKey> joinProperty() {
        return join;
    }

    /** The same import on the command line; {@code --map} only when both logs use the same mapping, as the CLI applies it to both. */
    public String commandLine() {
        String base = "shiftlens import --baseline " + baselineFile.get() + " --candidate " + candidateFile.get() + " --join "
                + switch (join.get()) {
                    case REQUEST_ID_THEN_QUERY -> "auto";
                    case REQUEST_ID -> "request_id";
                    case NORMALISED_QUERY -> "query";
                };
        Optional<String> map = baseline.flatMap(b -> candidate.map(c -> List.of(spec(b), spec(c))))
                .filter(specs -> specs.get(0).equals(specs.get(1)) && !specs.get(0).isEmpty()).map(List::getFirst);
        return base + map.map(spec -> " --map " + spec).orElse("");
    }

    private static String spec(Log log) {
        return log.mapping().mapping().specification();
    }

    /** Up to {@value ImportDialogViewModel#PREVIEW_ROWS} pairs joined from the first rows: request id, query, both outputs, how joined. */
    public ObservableList<Map<String, String>> previewRows() {
        return previewRows;
    }

    /** How many of the first rows read join, so a join key that pairs nothing shows before importing. */
    public ReadOnlyStringProperty previewNoteProperty() {
        return previewNote.getReadOnlyProperty();
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    /** Why the two logs cannot be imported (naming the file); empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the importer cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "Joined N pairs; baseline only X, candidate only Y" once the import finished. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The rejected rows grouped by reason (the unmatched among them), most frequent first. */
    public ObservableList<RejectReason> rejectReasons() {
        return rejectReasons;
    }
}

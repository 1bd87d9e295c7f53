// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.ImportPlan;
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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Import dialog's state: the log's first rows read through the workspace ({@link RunStore#sample}),
 * the shape and mapping inferred from them as {@code shiftlens import --preview} infers them, edits
 * applied as {@code --map} entries, the first {@value #PREVIEW_ROWS} rows under the current mapping,
 * and the import itself through the store, listed as a background task. A mapping the importer would
 * refuse is refused here before any work. Needs no JavaFX toolkit.
 */
public final class ImportDialogViewModel implements ImportRun {

    public static final int PREVIEW_ROWS = 20;
    private static final List<Field> PAIRED_FIELDS = List.of(Field.QUERY, Field.BASELINE_OUTPUT, Field.CANDIDATE_OUTPUT,
            Field.REQUEST_ID, Field.TIMESTAMP);
    private static final List<Field> SINGLE_OUTPUT_FIELDS = List.of(Field.QUERY, Field.OUTPUT, Field.REQUEST_ID, Field.TIMESTAMP,
            Field.MODEL, Field.VERSION);

    /** What the dialog says once an import finished: the report, its rejected rows grouped by reason, and a cutover log's window sizes. */
    public record Imported(ImportReport report, List<RejectReason> reasons, Map<String, Long> sides) {
    }

    private record Loaded(SourceSample sample, InferredMapping mapping) {
    }

    private record Preview(List<String> columns, List<Map<String, String>> rows, Optional<String> problem) {

        static Preview of(SourceSample sample, InferredMapping mapping, SplitChoice split) {
            Optional<String> problem;
            try {
                LogFormats.planFor(sample, mapping, () -> split.split(sample.file().name()));
                problem = Optional.empty();
            } catch (MappingException e) {
                problem = Optional.of(e.getMessage());
            }
            return new Preview(MappingPreview.columns(mapping.mapping()), MappingPreview.rows(sample, mapping.mapping(), PREVIEW_ROWS),
                    problem);
        }
    }

    private final TaskExecutor reads;
    private final TaskExecutor imports;
    private final RunStore store;
    private final Path file;
    private final Consumer<ImportReport> onImported;

    private Optional<SourceSample> sample = Optional.empty();
    private final ReadOnlyObjectWrapper<Optional<InferredMapping>> mapping = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<ImportShape> shapes = FXCollections.observableArrayList(ImportShape.known());
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<SegmentChoice> segments = FXCollections.observableArrayList();
    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<Map<String, String>> previewRows = FXCollections.observableArrayList();
    private final StringProperty runName = new SimpleStringProperty("");
    private final BooleanProperty splitByTime = new SimpleBooleanProperty(false);
    private final StringProperty cutoverAt = new SimpleStringProperty("");
    private final StringProperty beforeVersion = new SimpleStringProperty("");
    private final ObservableList<String> versions = FXCollections.observableArrayList();
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
    // the import's own cancellation, reachable while it runs even on the caller's thread
    private volatile Optional<Cancellation> importCancellation = Optional.empty();

    /**
     * @param reads      reads the sample and computes previews (short, unlisted work)
     * @param imports    runs the import; the workbench passes its task list so the import is listed
     * @param onImported told once a run was stored, to analyse and show it
     */
    public ImportDialogViewModel(TaskExecutor reads, TaskExecutor imports, RunStore store, Path file, Consumer<ImportReport> onImported) {
        this.reads = reads;
        this.imports = imports;
        this.store = store;
        this.file = file;
        this.onImported = onImported;
        runName.set(file.getFileName().toString());
        for (var splitEdit : List.of(splitByTime, cutoverAt, beforeVersion)) {
            splitEdit.addListener((obs, old, now) -> mapping.get().ifPresent(this::refreshPreview));
        }
        canImport = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get() && !running.get() && !imported.get()
                && mapping.get().isPresent() && !runName.get().isBlank(), problem, busy, running, imported, mapping, runName);
    }

    /** Reads the log's first rows and infers its shape and mapping; the preview follows. */
    public void load() {
        busy.set(true);
        reads.submit("Reading the first rows of " + file.getFileName(), (progress, cancel) -> {
            SourceSample read = store.sample(SourceFile.of(file));
            try {
                return new Loaded(read, LogFormats.inferWithOverrides(read, Optional.empty()));
            } catch (MappingException unknown) {
                return new Loaded(read, new InferredMapping("custom", "not a shape Shiftlens recognises: choose one or map the fields",
                        RowShape.PAIRED, ColumnMapping.empty("mapped in the import dialog")));
            }
        }, (Outcome<Loaded> outcome) -> {
            switch (outcome) {
                case Outcome.Done<Loaded>(Loaded loaded) -> {
                    sample = Optional.of(loaded.sample());
                    columns.setAll(loaded.sample().fieldPaths());
                    status.set("");
                    show(loaded.mapping());
                }
                case Outcome.Failed<Loaded>(Throwable error) -> {
                    busy.set(false);
                    status.set("");
                    problem.set(UserMessages.of(error, "Reading " + file + " failed."));
                }
                case Outcome.Cancelled<Loaded>() -> busy.set(false);
            }
        });
    }

    // --- editing ----------------------------------------------------------------------------------

    /** Reads the log as another of the importer's shapes, with that shape's mapping where it recognises the rows. */
    public void chooseShape(String name) {
        if (sample.isEmpty() || mapping.get().map(InferredMapping::format).filter(name::equals).isPresent()) {
            return;
        }
        try {
            show(LogFormats.inferAs(name, sample.get()));
        } catch (MappingException e) {
            problem.set(e.getMessage());
        }
    }

    /** Maps {@code field} to {@code path} (a column or JSON path of the log), or unmaps it when blank: a {@code --map} entry. */
    public void setField(Field field, String path) {
        String wanted = path == null ? "" : path.strip();
        String current = mapping.get().flatMap(m -> m.mapping().path(field)).map(FieldPath::toString).orElse("");
        if (!wanted.equals(current)) {
            edit(field.key() + "=" + wanted);
        }
    }

    /** Makes the log field at {@code path} a segment, or stops it being one. */
    public void setSegment(String path, boolean on) {
        Optional<InferredMapping> now = mapping.get();
        if (now.isEmpty() || segmentPaths(now.get().mapping()).contains(path) == on) {
            return;
        }
        ColumnMapping current = now.get().mapping();
        if (on) {
            edit("metadata." + segmentName(path) + "=" + path);
            return;
        }
        Optional<String> named = current.segments().entrySet().stream().filter(entry -> entry.getValue().toString().equals(path))
                .map(Map.Entry::getKey).findFirst();
        if (named.isPresent()) {
            edit("metadata." + named.get() + "=");
            return;
        }
        // covered by the mapped metadata object: name its other fields one by one instead
        List<String> entries = new ArrayList<>(List.of("metadata="));
        metadataChildren(current).stream().filter(child -> !child.equals(path))
                .forEach(child -> entries.add("metadata." + segmentName(child) + "=" + child));
        edit(String.join(",", entries));
    }

    private void edit(String specification) {
        mapping.get().ifPresent(now -> {
            try {
                show(now.withMapping(now.mapping().overriddenBy(specification)));
            } catch (IllegalArgumentException e) {
                problem.set(e.getMessage());
            }
        });
    }

    private void show(InferredMapping chosen) {
        mapping.set(Optional.of(chosen));
        List<Field> shown = chosen.rowShape() == RowShape.PAIRED ? PAIRED_FIELDS : SINGLE_OUTPUT_FIELDS;
        if (!fields.equals(shown)) {
            fields.setAll(shown);
        }
        // only ever added to: a chooser whose value left its items could clear itself and unmap the field
        chosen.mapping().fields().values().stream().map(FieldPath::toString).filter(path -> !columns.contains(path)).forEach(columns::add);
        segments.setAll(segmentChoices(chosen.mapping()));
        versions.setAll(versionsIn(chosen));
        refreshPreview(chosen);
    }

    /** The versions the first rows hold, in file order: what the split reads (version, else model), as the importer does. */
    private List<String> versionsIn(InferredMapping chosen) {
        if (chosen.rowShape() != RowShape.SINGLE_OUTPUT || sample.isEmpty()) {
            return List.of();
        }
        String key = chosen.mapping().has(Field.VERSION) ? Field.VERSION.key() : Field.MODEL.key();
        return MappingPreview.rows(sample.get(), chosen.mapping(), sample.get().rows().size()).stream()
                .map(row -> row.getOrDefault(key, "")).filter(version -> !version.isBlank()).distinct().toList();
    }

    private SplitChoice splitChoice() {
        return new SplitChoice(splitByTime.get(), cutoverAt.get(), beforeVersion.get());
    }

    private List<SegmentChoice> segmentChoices(ColumnMapping current) {
        Set<String> recordFields = new LinkedHashSet<>();
        current.fields().forEach((field, path) -> {
            if (field != Field.METADATA) {
                recordFields.add(path.toString());
            }
        });
        Set<String> chosen = segmentPaths(current);
        return sample.map(SourceSample::fieldPaths).orElse(Set.of()).stream().filter(path -> !recordFields.contains(path))
                .map(path -> {
                    SegmentChoice choice = new SegmentChoice(path, chosen.contains(path));
                    choice.chosenProperty().addListener((obs, was, on) -> setSegment(path, on));
                    return choice;
                }).toList();
    }

    /** Paths that become segments: those named as segments and the fields of a mapped metadata object. */
    private Set<String> segmentPaths(ColumnMapping current) {
        Set<String> paths = new LinkedHashSet<>();
        current.segments().values().forEach(path -> paths.add(path.toString()));
        paths.addAll(metadataChildren(current));
        return paths;
    }

    private List<String> metadataChildren(ColumnMapping current) {
        return current.path(Field.METADATA).map(object -> sample.map(SourceSample::fieldPaths).orElse(Set.of()).stream()
                .filter(path -> path.startsWith(object + ".")).toList()).orElse(List.of());
    }

    /** {@code metadata.region} → {@code region} (as the importer names a flattened CSV column); else the last key. */
    static String segmentName(String path) {
        if (path.startsWith("metadata.") && path.length() > "metadata.".length()) {
            return path.substring("metadata.".length());
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.replaceAll("\\[-?\\d+]", "");
    }

    private void refreshPreview(InferredMapping chosen) {
        long request = ++previewGeneration;
        busy.set(true);
        SourceSample rows = sample.orElseThrow();
        SplitChoice split = splitChoice();
        reads.submit("Previewing the mapping of " + file.getFileName(), (progress, cancel) -> Preview.of(rows, chosen, split),
                (Outcome<Preview> outcome) -> {
                    if (request != previewGeneration) {
                        return;
                    }
                    busy.set(false);
                    switch (outcome) {
                        case Outcome.Done<Preview>(Preview preview) -> {
                            previewColumns.setAll(preview.columns());
                            previewRows.setAll(preview.rows());
                            problem.set(preview.problem().orElse(""));
                        }
                        case Outcome.Failed<Preview>(Throwable error) -> problem.set(UserMessages.of(error, "Previewing the mapping failed."));
                        case Outcome.Cancelled<Preview>() -> { }
                    }
                });
    }

    // --- importing --------------------------------------------------------------------------------

    /** Imports the log with the shown mapping as a new run; does nothing while {@link #canImportProperty()} is false. */
    public void importRun() {
        if (!canImport.get()) {
            return;
        }
        SourceSample rows = sample.orElseThrow();
        InferredMapping chosen = mapping.get().orElseThrow();
        String name = runName.get().strip();
        SplitChoice split = splitChoice();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        status.set("Importing " + file.getFileName() + "…");
        importTask = imports.submit("Importing " + file.getFileName(), (listener, cancel) -> {
            importCancellation = Optional.of(cancel);
            ImportPlan plan = LogFormats.planFor(rows, chosen, () -> split.split(rows.file().name()));
            ImportReport report = store.importPlan(plan, name, listener, cancel);
            return new Imported(report, report.rowsRejected() > 0 ? store.rejectReasons(report.runId()) : List.of(),
                    report.pairs() > 0 ? Map.of() : store.logEntrySides(report.runId()));
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

    private static String cutoverSummary(ImportReport report, Map<String, Long> sides) {
        long before = sides.getOrDefault("before", 0L);
        long after = sides.getOrDefault("after", 0L);
        String summary = ("Stored %,d log entries as run %d: %,d before and %,d after the cutover, no pairs yet; pair them with"
                + " Run › Match before/after… or replay.").formatted(report.rowsStored(), report.runId(), before, after);
        // the first rows alone cannot tell where the log ends, so a split outside its span shows only now
        return before == 0 || after == 0
                ? summary + " Nothing fell " + (before == 0 ? "before" : "after") + " the cutover: the split is outside the log's"
                        + " versions or time span; import it again with another split."
                : summary;
    }

    private void finished(Outcome<Imported> outcome) {
        running.set(false);
        importTask = RunningTask.FINISHED;
        importCancellation = Optional.empty();
        switch (outcome) {
            case Outcome.Done<Imported>(Imported done) -> {
                ImportReport report = done.report();
                imported.set(true);
                progress.set(1);
                counts.set("Rows read %,d = stored %,d + rejected %,d".formatted(report.rowsRead(), report.rowsStored(), report.rowsRejected()));
                rejectReasons.setAll(done.reasons());
                status.set(report.pairs() > 0
                        ? "Imported %,d pairs into run %d; the workbench analyses it and shows it.".formatted(report.pairs(), report.runId())
                        : cutoverSummary(report, done.sides()));
                onImported.accept(report);
            }
            case Outcome.Failed<Imported>(Throwable error) -> {
                progress.set(0);
                failed.set(true);
                status.set("Import failed, nothing was stored: " + UserMessages.of(error, "Importing " + file + " failed."));
            }
            case Outcome.Cancelled<Imported>() -> {
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

    public Path file() {
        return file;
    }

    public ObservableList<ImportShape> shapes() {
        return shapes;
    }

    /** The shape and mapping shown; empty until the first rows are read. */
    public ReadOnlyObjectProperty<Optional<InferredMapping>> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** The record fields offered for mapping, for the shown shape's row shape. */
    public ObservableList<Field> fields() {
        return fields;
    }

    /** The log's columns or JSON paths a field can be mapped to. */
    public ObservableList<String> columns() {
        return columns;
    }

    public Optional<String> pathOf(Field field) {
        return mapping.get().flatMap(m -> m.mapping().path(field)).map(FieldPath::toString);
    }

    public ObservableList<SegmentChoice> segments() {
        return segments;
    }

    /** The mapping as the CLI would take it, so the same import can be scripted. */
    public String commandLine() {
        return mapping.get().map(m -> "shiftlens import --input " + file + " --map " + m.mapping().specification()
                + (m.rowShape() == RowShape.SINGLE_OUTPUT ? splitChoice().options() : "")).orElse("");
    }

    public ObservableList<String> previewColumns() {
        return previewColumns;
    }

    /** Up to {@value #PREVIEW_ROWS} rows, column title to the text the mapping would import. */
    public ObservableList<Map<String, String>> previewRows() {
        return previewRows;
    }

    /** For a cutover log: split at {@link #cutoverAtProperty()} instead of by version. */
    public BooleanProperty splitByTimeProperty() {
        return splitByTime;
    }

    /** The cutover instant as typed (ISO-8601); refused with a message when it does not parse. */
    public StringProperty cutoverAtProperty() {
        return cutoverAt;
    }

    /** The version whose rows are "before"; blank for the earliest, as the importer infers. */
    public StringProperty beforeVersionProperty() {
        return beforeVersion;
    }

    /** The versions in the first rows, to choose "before" from. */
    public ObservableList<String> versions() {
        return versions;
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    /** Why the mapping cannot be imported (the importer's own message); empty when it can. */
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

    /** What the import is doing (rows and bytes read, as the importer reports them) or how it ended. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "Rows read N = stored S + rejected R" once an import finished. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The rejected rows grouped by reason, most frequent first. */
    public ObservableList<RejectReason> rejectReasons() {
        return rejectReasons;
    }
}

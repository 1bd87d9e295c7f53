// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.export;

import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportOptions;
import dev.shiftlens.app.report.ReportScope;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.app.ui.clusters.ClusterRow;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.dialog.WorkbenchException;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Export report dialog's state: scope, files, folder and PII choice; the export running in the
 * background through {@link ReportWriter} (as {@code shiftlens report} does), its progress, and what
 * it wrote. Needs no JavaFX toolkit: tests drive it with a current-thread executor.
 */
public final class ExportReportViewModel {

    /** Whether the report covers every cluster or only the ticked ones. */
    public enum Scope { WHOLE_RUN, CHOSEN_CLUSTERS }

    static final String PII_WARNING = "The files will keep emails, phone numbers, card numbers and API keys from the outputs. "
            + "Share them only where that personal data may go.";

    private final TaskExecutor executor;
    private final RunStore store;
    private final int runId;
    private final String runName;
    private final Clock clock;
    private final Consumer<String> documents;

    private final ObservableList<ClusterChoice> clusters;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.WHOLE_RUN);
    private final Map<ReportFormat, BooleanProperty> formats = new EnumMap<>(ReportFormat.class);
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty keepPii = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper piiWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Optional<Path>> htmlReport = new ReadOnlyObjectWrapper<>(Optional.empty());

    /**
     * @param documents opens a URI in the system's browser or file manager (the application's HostServices)
     */
    public ExportReportViewModel(TaskExecutor executor, RunStore store, int runId, String runName, List<ClusterChoice> clusters,
                                 Path defaultFolder, Clock clock, Consumer<String> documents) {
        this.executor = executor;
        this.store = store;
        this.runId = runId;
        this.runName = runName;
        this.clock = clock;
        this.documents = documents;
        this.clusters = FXCollections.observableArrayList(choice -> new Observable[] {choice.chosenProperty()});
        this.clusters.setAll(clusters);
        for (ReportFormat format : ReportFormat.values()) {
            formats.put(format, new SimpleBooleanProperty(format == ReportFormat.HTML || format == ReportFormat.MARKDOWN));
        }
        folder.set(defaultFolder.toString());
        keepPii.addListener((obs, was, now) -> piiWarning.set(now ? PII_WARNING : ""));
        List<Observable> inputs = new java.util.ArrayList<>(List.of(scope, folder, running, this.clusters));
        inputs.addAll(formats.values());
        inputs.forEach(input -> input.addListener(changed -> check()));
        check();
    }

    /**
     * The dialog as the workbench opens it: the focused cluster ticked and chosen as the scope; with
     * none focused, the whole run, with the clusters that carry a finding ticked for a one-click switch.
     */
    public static ExportReportViewModel forRun(TaskExecutor executor, RunStore store, int runId, String runName, List<ClusterRow> rows,
                                               OptionalInt focused, Consumer<String> documents) {
        List<ClusterChoice> choices = rows.stream().map(row -> new ClusterChoice(row.id(), row.label(), row.verdict(), row.share(),
                row.finding().isPresent())).toList();
        choices.forEach(choice -> choice.chosenProperty().set(focused.isPresent() ? focused.getAsInt() == choice.id() : choice.hasFinding()));
        Path workspaceFolder = Optional.ofNullable(store.file().toAbsolutePath().getParent()).orElse(Path.of("."));
        ExportReportViewModel viewModel = new ExportReportViewModel(executor, store, runId, runName, choices,
                workspaceFolder.resolve("report-run-" + runId), Clock.systemUTC(), documents);
        if (focused.isPresent() && choices.stream().anyMatch(ClusterChoice::chosen)) {
            viewModel.scope.set(Scope.CHOSEN_CLUSTERS);
        }
        return viewModel;
    }

    /** Writes the chosen files in the background; does nothing while {@link #problemProperty()} says why not. */
    public void export() {
        if (!problem.get().isEmpty()) {
            return;
        }
        Path target = Path.of(folder.get().strip());
        Set<ReportFormat> chosenFormats = chosenFormats();
        ReportOptions options = (keepPii.get() ? ReportOptions.defaults().keepingPii() : ReportOptions.defaults()).scoped(reportScope());
        running.set(true);
        progress.set(-1);
        written.set(List.of());
        htmlReport.set(Optional.empty());
        status.set("Exporting " + options.scope().describe() + "…");
        executor.submit("Exporting a report of run " + runId, (listener, cancel) -> {
            createFolder(target);
            RunAnalysis analysis = store.analysis(runId).orElseThrow(() -> new WorkbenchException(
                    "Run " + runId + " (" + runName + ") has not been analysed yet: there is nothing to report."));
            cancel.checkpoint();
            return new ReportWriter(store, options, clock).write(runId, analysis, Optional.empty(), chosenFormats, target, listener);
        }, (fraction, message) -> {
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                status.set(message);
            }
        }, (Outcome<List<Path>> outcome) -> finished(outcome, target));
    }

    private void finished(Outcome<List<Path>> outcome, Path target) {
        running.set(false);
        switch (outcome) {
            case Outcome.Done<List<Path>>(List<Path> files) -> {
                progress.set(1);
                written.set(List.copyOf(files));
                htmlReport.set(files.stream().filter(file -> file.getFileName().toString().equals("report.html")).findFirst());
                status.set("Wrote " + files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "))
                        + " to " + target.toAbsolutePath());
            }
            case Outcome.Failed<List<Path>>(Throwable error) -> {
                progress.set(0);
                status.set("Export failed: " + UserMessages.of(error, "Writing the report to " + target + " failed."));
            }
            case Outcome.Cancelled<List<Path>>() -> {
                progress.set(0);
                status.set("Export cancelled; files already written are kept.");
            }
        }
    }

    private static void createFolder(Path target) {
        try {
            Files.createDirectories(target);
        } catch (IOException | SecurityException e) {
            throw new WorkbenchException("Cannot create or write to the folder " + target + " (" + e.getClass().getSimpleName()
                    + "). Choose a folder you may write to.");
        }
    }

    /** Opens the written report.html in the system browser. */
    public void openReport() {
        htmlReport.get().ifPresent(file -> documents.accept(file.toUri().toString()));
    }

    /** Opens the folder the files were written to in the file manager. */
    public void openFolder() {
        written.get().stream().findFirst().map(Path::getParent).ifPresent(parent -> documents.accept(parent.toUri().toString()));
    }

    private void check() {
        problem.set(findProblem());
    }

    private String findProblem() {
        if (running.get()) {
            return "An export is running.";
        }
        if (chosenFormats().isEmpty()) {
            return "Choose at least one file to write.";
        }
        if (scope.get() == Scope.CHOSEN_CLUSTERS && clusters.stream().noneMatch(ClusterChoice::chosen)) {
            return clusters.isEmpty() ? "The run has no clusters; export the whole run." : "Tick at least one cluster, or export the whole run.";
        }
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            return "Choose a folder for the files.";
        }
        try {
            Path.of(text);
        } catch (InvalidPathException e) {
            return "“" + text + "” is not a folder path.";
        }
        return "";
    }

    private Set<ReportFormat> chosenFormats() {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        formats.forEach((format, on) -> {
            if (on.get()) {
                chosen.add(format);
            }
        });
        return chosen;
    }

    ReportScope reportScope() {
        if (scope.get() == Scope.WHOLE_RUN) {
            return ReportScope.WHOLE_RUN;
        }
        return ReportScope.clusters(clusters.stream().filter(ClusterChoice::chosen).map(ClusterChoice::id)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    // --- for the view ---------------------------------------------------------------------------

    public String title() {
        return "Export a report of run " + runId + ": " + runName;
    }

    public ObservableList<ClusterChoice> clusters() {
        return clusters;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty formatProperty(ReportFormat format) {
        return formats.get(format);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty keepPiiProperty() {
        return keepPii;
    }

    /** Empty unless personal data is kept. */
    public ReadOnlyStringProperty piiWarningProperty() {
        return piiWarning.getReadOnlyProperty();
    }

    /** Why Export cannot run now; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 before the first file starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** The report.html written by the last export, if it wrote one. */
    public ReadOnlyObjectProperty<Optional<Path>> htmlReportProperty() {
        return htmlReport.getReadOnlyProperty();
    }
}

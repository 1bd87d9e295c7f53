// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import dev.shiftlens.app.diff.DiffSegment;
import dev.shiftlens.app.diff.WordDiff;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.app.ui.pairs.PairRow;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The selected pair, ready for the side-by-side view. The texts show at once; the word-level
 * marking follows from a background diff, so a long output never stalls the UI.
 */
public final class PairDetailViewModel {

    private final TaskExecutor executor;

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baselineHeading = new ReadOnlyStringWrapper("Baseline");
    private final ReadOnlyStringWrapper candidateHeading = new ReadOnlyStringWrapper("Candidate");
    private final ReadOnlyObjectWrapper<List<DiffSegment>> baseline = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<DiffSegment>> candidate = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper diffNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<String> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<String> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObservableList<String> metadata = FXCollections.observableArrayList();
    private final ObservableList<String> metadataView = FXCollections.unmodifiableObservableList(metadata);
    private final ReadOnlyObjectWrapper<java.util.Optional<JsonDiffNode>> jsonTree = new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private final ReadOnlyStringWrapper requestId = new ReadOnlyStringWrapper("");
    private PairRecord shownPair;
    private long generation;

    public PairDetailViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public void show(PairRow row) {
        PairRecord pair = row.pair();
        shownPair = pair;
        long request = ++generation;
        requestId.set(row.requestId());
        jsonTree.set(java.util.Optional.empty());
        empty.set(false);
        title.set(row.requestId() + (row.clusterLabel().isEmpty() ? "" : "  ·  " + row.clusterLabel())
                + row.verdict().map(v -> "  ·  " + v.label()).orElse(""));
        query.set(pair.query());
        baselineHeading.set(heading("Baseline", pair.baselineModel()));
        candidateHeading.set(heading("Candidate", pair.candidateModel()));
        baseline.set(plain(pair.baselineOutput()));
        candidate.set(plain(pair.candidateOutput()));
        diffNote.set("comparing…");
        metrics.setAll(row.outcome().map(PairDetailViewModel::metricLines).orElse(List.of("not analysed yet")));
        changes.setAll(row.outcome().map(PairOutcome::changes).filter(list -> !list.isEmpty()).orElse(List.of("none")));
        metadata.setAll(metadataLines(pair));
        record Compared(WordDiff.Result words, java.util.Optional<JsonDiffNode> json) { }
        executor.submit("Comparing outputs", (progress, cancel) -> new Compared(
                        WordDiff.compare(pair.baselineOutput(), pair.candidateOutput()),
                        JsonTreeDiff.compare(pair.baselineOutput(), pair.candidateOutput())),
                (Outcome<Compared> outcome) -> {
                    if (request != generation) {
                        return;
                    }
                    switch (outcome) {
                        case Outcome.Done<Compared>(Compared diff) -> {
                            baseline.set(diff.words().baseline());
                            candidate.set(diff.words().candidate());
                            jsonTree.set(diff.json());
                            diffNote.set(diff.words().compared() ? "" : "too long to mark word differences");
                        }
                        case Outcome.Failed<Compared> failed -> diffNote.set("word differences unavailable");
                        case Outcome.Cancelled<Compared> cancelled -> diffNote.set("");
                    }
                });
    }

    public void clear() {
        generation++;
        shownPair = null;
        requestId.set("");
        jsonTree.set(java.util.Optional.empty());
        empty.set(true);
        title.set("");
        query.set("");
        baselineHeading.set("Baseline");
        candidateHeading.set("Candidate");
        baseline.set(List.of());
        candidate.set(List.of());
        diffNote.set("");
        metrics.clear();
        changes.clear();
        metadata.clear();
    }

    private static String heading(String side, String model) {
        return model.isBlank() ? side : side + " — " + model;
    }

    private static List<DiffSegment> plain(String text) {
        return text.isEmpty() ? List.of() : List.of(new DiffSegment(text, DiffSegment.Kind.SAME));
    }

    private static List<String> metricLines(PairOutcome outcome) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "divergence: %.3f%s", outcome.divergence(), outcome.diverged() ? " (diverged)" : ""));
        outcome.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(metric -> lines.add(String.format(Locale.ROOT, "%s: %.3f", metric.getKey(), metric.getValue())));
        return lines;
    }

    private static List<String> metadataLines(PairRecord pair) {
        List<String> lines = new ArrayList<>();
        pair.timestamp().ifPresent(time -> lines.add("timestamp: " + time));
        pair.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(field -> lines.add(field.getKey() + ": " + field.getValue()));
        if (lines.isEmpty()) {
            lines.add("none");
        }
        return lines;
    }

    /** The concatenated text of one side, for tests and copy actions. */
    public static String text(List<DiffSegment> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    /** Both outputs as one JSON tree with renamed keys marked; empty unless both outputs are JSON. */
    public ReadOnlyObjectProperty<java.util.Optional<JsonDiffNode>> jsonTreeProperty() {
        return jsonTree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestIdProperty() {
        return requestId.getReadOnlyProperty();
    }

    /** The shown pair's texts for the copy buttons: query, baseline, candidate; empty strings when none is shown. */
    public String copyText(String what) {
        if (shownPair == null) {
            return "";
        }
        return switch (what) {
            case "query" -> shownPair.query();
            case "baseline" -> shownPair.baselineOutput();
            case "candidate" -> shownPair.candidateOutput();
            case "request" -> shownPair.requestId();
            default -> throw new IllegalArgumentException("nothing to copy called " + what);
        };
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baselineHeadingProperty() {
        return baselineHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateHeadingProperty() {
        return candidateHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DiffSegment>> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DiffSegment>> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    /** Why the words are not marked, when they are not; empty otherwise. */
    public ReadOnlyStringProperty diffNoteProperty() {
        return diffNote.getReadOnlyProperty();
    }

    public ObservableList<String> metrics() {
        return metricsView;
    }

    public ObservableList<String> changes() {
        return changesView;
    }

    public ObservableList<String> metadata() {
        return metadataView;
    }
}

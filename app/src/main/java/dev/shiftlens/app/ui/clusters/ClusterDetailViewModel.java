// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The focused cluster in full (verdict with reasons and confidence, deltas, the topics inside its
 * change, over-represented segments, distinctive query terms) and the reviewer's finding on it: a verdict override and a
 * note, saved to the workspace.
 */
public final class ClusterDetailViewModel {

    private final FindingSaver saver;

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<String> factsView = FXCollections.unmodifiableObservableList(facts);
    /** Empty: the computed verdict stands. */
    private final ObjectProperty<Optional<Verdict>> override = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    private Optional<ClusterRow> shown = Optional.empty();
    private boolean loading;

    public ClusterDetailViewModel(FindingSaver saver) {
        this.saver = saver;
        override.addListener((obs, old, now) -> edited());
        note.addListener((obs, old, now) -> edited());
    }

    public void show(Optional<ClusterRow> row) {
        shown = row;
        loading = true;
        try {
            empty.set(row.isEmpty());
            title.set(row.map(ClusterRow::label).orElse(""));
            verdictLine.set(row.map(r -> r.verdictLine() + " · " + r.sizeAndShare()).orElse(""));
            facts.setAll(row.map(r -> factsOf(r.cluster())).orElse(List.of()));
            override.set(row.flatMap(ClusterRow::finding).flatMap(Finding::verdictOverride));
            note.set(row.map(ClusterRow::note).orElse(""));
            dirty.set(false);
            status.set(row.flatMap(ClusterRow::finding).isPresent() ? "finding saved in the workspace" : "");
        } finally {
            loading = false;
        }
    }

    private static List<String> factsOf(ClusterSummary cluster) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        cluster.reasons().forEach(reason -> lines.add("Reason: " + reason));
        cluster.deltas().forEach(delta -> lines.add("Delta: " + delta));
        if (cluster.groups().size() > 1) {
            cluster.groups().forEach(group -> lines.add(String.format(Locale.ROOT, "Topic: %s — %.1f%% (%,d pairs)",
                    group.label(), group.share() * 100, group.size())));
        }
        cluster.segments().forEach(segment -> lines.add("Segment: " + ClusterRow.segmentLine(segment)));
        if (!cluster.queryTerms().isEmpty()) {
            lines.add("Query terms: " + String.join(", ", cluster.queryTerms()));
        }
        lines.add(String.format(Locale.ROOT, "Confidence: %.1f%% (sign test)", cluster.confidence() * 100));
        return lines;
    }

    private void edited() {
        if (!loading && shown.isPresent()) {
            dirty.set(true);
            status.set("unsaved changes (Ctrl+S saves)");
        }
    }

    /** Stores the override and note as the cluster's finding. */
    public void save() {
        if (shown.isEmpty()) {
            return;
        }
        Finding finding = new Finding(shown.get().id(), override.get(), note.get().strip());
        status.set("saving…");
        saver.save(finding, () -> {
            if (shown.map(row -> row.id() == finding.clusterId()).orElse(false)) {
                dirty.set(false);
                status.set("finding saved in the workspace");
            }
        });
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictLineProperty() {
        return verdictLine.getReadOnlyProperty();
    }

    /** Reasons, deltas, topics (when the change spans more than one), segments, query terms and confidence, one line each. */
    public ObservableList<String> facts() {
        return factsView;
    }

    public ObjectProperty<Optional<Verdict>> overrideProperty() {
        return override;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "saving…", "finding saved in the workspace", "unsaved changes", or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

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
 * The focused cluster in full (verdict with reasons and confidence, the topics inside its change,
 * deltas, over-represented segments, distinctive query terms) and the reviewer's finding on it: a verdict override and a
 * note, saved to the workspace.
 */
public final class ClusterDetailViewModel {

    private final FindingSaver saver;

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topics = new ReadOnlyStringWrapper("");
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
            topics.set(row.map(r -> topicsOf(r.cluster())).orElse(""));
            facts.setAll(row.map(r -> factsOf(r.cluster())).orElse(List.of()));
            override.set(row.flatMap(ClusterRow::finding).flatMap(Finding::verdictOverride));
            note.set(row.map(ClusterRow::note).orElse(""));
            dirty.set(false);
            status.set(row.flatMap(ClusterRow::finding).isPresent() ? "finding saved in the workspace" : "");
        } finally {
            loading = false;
        }
    }

    /** "Topics: login, mfa — 40.0% (88 pairs) · vpn — 30.0% (66 pairs)"; empty for a change within one topic. */
    private static String topicsOf(ClusterSummary cluster) {
        if (cluster.groups().size() < 2) {
            return "";
        }
        return "Topics: " + cluster.groups().stream().map(group -> String.format(Locale.ROOT, "%s — %.1f%% (%,d pairs)",
                group.label(), group.share() * 100, group.size())).collect(java.util.stream.Collectors.joining(" · "));
    }

    private static List<String> factsOf(ClusterSummary cluster) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        cluster.reasons().forEach(reason -> lines.add("Reason: " + reason));
        cluster.deltas().forEach(delta -> lines.add("Delta: " + delta));
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

    /** The topics inside the cluster's change with their share of it, on one line; empty when the change is within one topic. */
    public ReadOnlyStringProperty topicsProperty() {
        return topics.getReadOnlyProperty();
    }

    /** Reasons, deltas, segments, query terms and confidence, one line each. */
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

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clusters of the selected run with the reviewer's findings, sorted (by impact unless the
 * user chooses otherwise) and filtered by text and verdict; and which one the user focuses on.
 */
public final class ClusterListViewModel {

    public static final int NONE = -1;

    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ClusterRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedCluster = new ReadOnlyIntegerWrapper(NONE);
    private final ObjectProperty<ClusterOrder> order = new SimpleObjectProperty<>(ClusterOrder.IMPACT);
    private final StringProperty filterText = new SimpleStringProperty("");
    /** Empty: every verdict. */
    private final ObjectProperty<Optional<Verdict>> verdictFilter = new SimpleObjectProperty<>(Optional.empty());

    private List<ClusterRow> all = List.of();

    public ClusterListViewModel() {
        order.addListener((obs, old, now) -> refresh());
        filterText.addListener((obs, old, now) -> refresh());
        verdictFilter.addListener((obs, old, now) -> refresh());
    }

    public void show(List<ClusterSummary> clusters) {
        show(clusters, List.of());
    }

    public void show(List<ClusterSummary> clusters, List<Finding> findings) {
        selectedCluster.set(NONE);
        Map<Integer, Finding> byCluster = findings.stream().collect(Collectors.toMap(Finding::clusterId, f -> f, (a, b) -> b));
        all = clusters.stream()
                .map(cluster -> ClusterRow.of(cluster, Optional.ofNullable(byCluster.get(cluster.id())), ClusterPalette.colour(cluster.id())))
                .toList();
        refresh();
    }

    /** A finding was saved: the row shows its verdict and note. */
    public void record(Finding finding) {
        all = all.stream().map(row -> row.id() == finding.clusterId()
                ? ClusterRow.of(row.cluster(), Optional.of(finding), row.paletteColour()) : row).toList();
        refresh();
    }

    private void refresh() {
        List<ClusterRow> shown = all.stream()
                .filter(row -> row.matches(filterText.get()))
                .filter(row -> verdictFilter.get().map(v -> v == row.verdict()).orElse(true))
                .sorted(order.get().comparator())
                .toList();
        rows.setAll(shown);
    }

    public ObservableList<ClusterRow> rows() {
        return readOnlyRows;
    }

    /** The verdict that counts for every cluster of the run, overrides included. */
    public Map<Integer, Verdict> verdicts() {
        Map<Integer, Verdict> verdicts = new HashMap<>();
        all.forEach(row -> verdicts.put(row.id(), row.verdict()));
        return verdicts;
    }

    /** Every cluster of the run with its finding, shown or filtered out, in the list's order. */
    public List<ClusterRow> all() {
        return all.stream().sorted(order.get().comparator()).toList();
    }

    public List<ClusterSummary> clusters() {
        return new ArrayList<>(all.stream().map(ClusterRow::cluster).toList());
    }

    /** The focused cluster's id, or {@link #NONE}. */
    public ReadOnlyIntegerProperty selectedClusterProperty() {
        return selectedCluster.getReadOnlyProperty();
    }

    public void select(int clusterId) {
        selectedCluster.set(find(clusterId).map(ClusterRow::id).orElse(NONE));
    }

    public void clearSelection() {
        selectedCluster.set(NONE);
    }

    /** Any cluster of the run, shown or filtered out. */
    public Optional<ClusterRow> find(int clusterId) {
        return all.stream().filter(row -> row.id() == clusterId).findFirst();
    }

    public Optional<ClusterRow> selected() {
        return find(selectedCluster.get());
    }

    public ObjectProperty<ClusterOrder> orderProperty() {
        return order;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Optional<Verdict>> verdictFilterProperty() {
        return verdictFilter;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.ClusterSummary;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The clusters of the selected run, largest share first, and which one the user focuses on. */
public final class ClusterListViewModel {

    public static final int NONE = -1;

    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ClusterRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedCluster = new ReadOnlyIntegerWrapper(NONE);

    public void show(List<ClusterSummary> clusters) {
        selectedCluster.set(NONE);
        rows.setAll(clusters.stream()
                .sorted(Comparator.comparingDouble(ClusterSummary::share).reversed().thenComparingInt(ClusterSummary::id))
                .map(cluster -> ClusterRow.of(cluster, ClusterPalette.colour(cluster.id())))
                .toList());
    }

    public ObservableList<ClusterRow> rows() {
        return readOnlyRows;
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

    public Optional<ClusterRow> find(int clusterId) {
        return rows.stream().filter(row -> row.id() == clusterId).findFirst();
    }

    public Optional<ClusterRow> selected() {
        return find(selectedCluster.get());
    }
}

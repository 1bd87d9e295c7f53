// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.app.ui.dialog.DialogService;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Pages through a run's pairs, or one cluster's, {@link #PAGE_SIZE} at a time. Only the ids and
 * the analysis outcomes of all pairs stay in memory; the texts of a page are read from the store
 * in the background when the page is shown, and dropped with it.
 */
public final class PairTableViewModel {

    public static final int PAGE_SIZE = 100;
    public static final int NONE = -1;

    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<PairRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PairRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper pageDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper selectedPair = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyObjectWrapper<Optional<PairRow>> selectedRow = new ReadOnlyObjectWrapper<>(Optional.empty());

    private Optional<RunStore> store = Optional.empty();
    private int runId;
    private PairOutcome[] outcomeOfPair = new PairOutcome[0];
    private Map<Integer, ClusterSummary> clusters = Map.of();
    private int pairTotal;
    /** The pair ids the table pages through, ascending. */
    private int[] order = new int[0];
    private int clusterFilter = NONE;
    private int pendingSelection = NONE;
    /** Bumped on every new request; a page that arrives for an older one is dropped. */
    private long generation;

    public PairTableViewModel(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Shows the first page of a run; the analysis, when present, adds divergence and cluster columns. */
    public void show(RunStore runStore, int run, int pairs, Optional<RunAnalysis> analysis) {
        store = Optional.of(runStore);
        runId = run;
        pairTotal = pairs;
        outcomeOfPair = new PairOutcome[pairs];
        Map<Integer, ClusterSummary> byId = new HashMap<>();
        analysis.ifPresent(a -> {
            a.clusters().forEach(cluster -> byId.put(cluster.id(), cluster));
            a.pairs().stream().filter(o -> o.pairId() >= 0 && o.pairId() < pairs).forEach(o -> outcomeOfPair[o.pairId()] = o);
        });
        clusters = Map.copyOf(byId);
        clusterFilter = NONE;
        order = IntStream.range(0, pairs).toArray();
        setSelection(Optional.empty());
        loadPage(0);
    }

    public void clear() {
        store = Optional.empty();
        generation++;
        pairTotal = 0;
        order = new int[0];
        outcomeOfPair = new PairOutcome[0];
        clusterFilter = NONE;
        rows.clear();
        setSelection(Optional.empty());
        updatePaging(0);
    }

    /** Pages through the pairs of one cluster only, or all pairs for {@link #NONE}. */
    public void filterCluster(int clusterId) {
        if (clusterId == clusterFilter || store.isEmpty()) {
            return;
        }
        clusterFilter = clusterId;
        order = clusterId == NONE
                ? IntStream.range(0, pairTotal).toArray()
                : IntStream.range(0, pairTotal).filter(id -> inCluster(id, clusterId)).toArray();
        int keep = Arrays.binarySearch(order, selectedPair.get());
        if (selectedPair.get() != NONE && keep >= 0) {
            pendingSelection = selectedPair.get();
            loadPage(keep / PAGE_SIZE);
        } else {
            setSelection(Optional.empty());
            loadPage(0);
        }
    }

    public int clusterFilter() {
        return clusterFilter;
    }

    public boolean contains(int pairId) {
        return Arrays.binarySearch(order, pairId) >= 0;
    }

    /** Selects a pair, turning to its page first; false when the pair is not among the rows paged through. */
    public boolean select(int pairId) {
        int position = Arrays.binarySearch(order, pairId);
        if (position < 0) {
            return false;
        }
        int target = position / PAGE_SIZE;
        Optional<PairRow> onPage = rows.stream().filter(row -> row.pairId() == pairId).findFirst();
        if (target == page.get() && onPage.isPresent()) {
            setSelection(onPage);
        } else {
            pendingSelection = pairId;
            loadPage(target);
        }
        return true;
    }

    /** The table's own selection (the user clicked a row); empty clears it. */
    public void selectRow(Optional<PairRow> row) {
        if (!row.equals(selectedRow.get())) {
            setSelection(row);
        }
    }

    public void nextPage() {
        if (hasNext.get()) {
            loadPage(page.get() + 1);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            loadPage(page.get() - 1);
        }
    }

    private void loadPage(int target) {
        RunStore runStore = store.orElseThrow();
        long request = ++generation;
        int from = Math.min(target * PAGE_SIZE, order.length);
        int[] ids = Arrays.copyOfRange(order, from, Math.min(from + PAGE_SIZE, order.length));
        int run = runId;
        loading.set(true);
        updatePaging(target);
        executor.<List<PairRecord>>submit("Reading pairs", (progress, cancel) -> PairPages.read(runStore, run, ids),
                outcome -> {
                    if (request != generation) {
                        return;
                    }
                    loading.set(false);
                    switch (outcome) {
                        case Outcome.Done<List<PairRecord>>(List<PairRecord> pairs) -> showPage(ids, pairs);
                        case Outcome.Failed<List<PairRecord>>(Throwable error) -> dialogs.showError("Cannot show the pairs",
                                UserMessages.of(error, "Reading the pairs of run " + run + " failed."), error);
                        case Outcome.Cancelled<List<PairRecord>>() -> { }
                    }
                });
    }

    private void showPage(int[] ids, List<PairRecord> pairs) {
        List<PairRow> page = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            Optional<PairOutcome> outcome = Optional.ofNullable(outcomeOfPair[ids[k]]);
            Optional<ClusterSummary> cluster = outcome.filter(o -> o.diverged() && o.clustered())
                    .map(o -> clusters.get(o.cluster()));
            page.add(new PairRow(ids[k], pairs.get(k), outcome, cluster));
        }
        rows.setAll(page);
        int wanted = pendingSelection != NONE ? pendingSelection : selectedPair.get();
        pendingSelection = NONE;
        // a selection on another page stays: the side-by-side view keeps showing it while the user pages
        page.stream().filter(row -> row.pairId() == wanted).findFirst().ifPresent(row -> setSelection(Optional.of(row)));
    }

    private void setSelection(Optional<PairRow> row) {
        selectedRow.set(row);
        selectedPair.set(row.map(PairRow::pairId).orElse(NONE));
    }

    private boolean inCluster(int pairId, int clusterId) {
        PairOutcome outcome = outcomeOfPair[pairId];
        return outcome != null && outcome.diverged() && outcome.cluster() == clusterId;
    }

    private void updatePaging(int target) {
        int pages = Math.max(1, (order.length + PAGE_SIZE - 1) / PAGE_SIZE);
        page.set(target);
        pageCount.set(pages);
        hasPrevious.set(target > 0);
        hasNext.set(target + 1 < pages);
        int from = Math.min(target * PAGE_SIZE, order.length);
        int to = Math.min(from + PAGE_SIZE, order.length);
        String scope = clusterFilter == NONE ? "pairs"
                : "pairs in “" + Optional.ofNullable(clusters.get(clusterFilter)).map(ClusterSummary::label).orElse("cluster") + "”";
        pageDescription.set(order.length == 0 ? "no pairs"
                : String.format(Locale.ROOT, "%,d–%,d of %,d %s", from + 1, to, order.length, scope));
    }

    public ObservableList<PairRow> rows() {
        return readOnlyRows;
    }

    /** Zero-based page number. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** e.g. "101–200 of 4,213 pairs". */
    public ReadOnlyStringProperty pageDescriptionProperty() {
        return pageDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The selected pair's id, or {@link #NONE}. */
    public ReadOnlyIntegerProperty selectedPairProperty() {
        return selectedPair.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PairRow>> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }
}

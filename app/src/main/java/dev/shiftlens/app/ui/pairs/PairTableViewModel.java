// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.dialog.DialogService;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.PairFilter;
import dev.shiftlens.storage.PairOrder;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.StoredPair;
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
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Pages through a run's pairs {@link #PAGE_SIZE} at a time. DuckDB filters and sorts (by cluster,
 * segment, metric ranges, text; by divergence, a metric, ...) and hands back only the matching ids;
 * the texts of one page are read when the page is shown and dropped with it. A box or lasso
 * selection in the scatter narrows the ids further.
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
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper pageDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper selectedPair = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyObjectWrapper<Optional<PairRow>> selectedRow = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<PairFilter> filter = new ReadOnlyObjectWrapper<>(PairFilter.ALL);
    private final ReadOnlyObjectWrapper<PairOrder> order = new ReadOnlyObjectWrapper<>(PairOrder.NATURAL);
    private final ReadOnlyObjectWrapper<Optional<int[]>> restriction = new ReadOnlyObjectWrapper<>(Optional.empty());

    private final ObservableList<String> metricNames = FXCollections.observableArrayList();
    private final ObservableList<String> segmentFields = FXCollections.observableArrayList();
    private final ObservableList<String> metricNamesView = FXCollections.unmodifiableObservableList(metricNames);
    private final ObservableList<String> segmentFieldsView = FXCollections.unmodifiableObservableList(segmentFields);
    private Map<String, List<String>> segmentValues = Map.of();

    private Optional<RunStore> store = Optional.empty();
    private int runId;
    private Map<Integer, ClusterSummary> clusters = Map.of();
    private Map<Integer, Verdict> verdicts = Map.of();
    /** The pair ids the table pages through, in the table's order. */
    private int[] ids = new int[0];
    /** Position of a pair id in {@link #ids}, or -1. */
    private int[] positionOfPair = new int[0];
    private int pendingSelection = NONE;
    /** Bumped on every new request; an answer that arrives for an older one is dropped. */
    private long generation;

    public PairTableViewModel(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /**
     * Shows the first page of a run, unfiltered, in pair order.
     *
     * @param clusterVerdicts the verdict that counts for each cluster (overrides included)
     */
    public void show(RunStore runStore, int run, List<ClusterSummary> runClusters, Map<Integer, Verdict> clusterVerdicts) {
        store = Optional.of(runStore);
        runId = run;
        clusters = runClusters.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(ClusterSummary::id, c -> c));
        verdicts = Map.copyOf(clusterVerdicts);
        filter.set(PairFilter.ALL);
        order.set(PairOrder.NATURAL);
        restriction.set(Optional.empty());
        setSelection(Optional.empty());
        reload();
    }

    public void clear() {
        store = Optional.empty();
        generation++;
        ids = new int[0];
        positionOfPair = new int[0];
        clusters = Map.of();
        filter.set(PairFilter.ALL);
        restriction.set(Optional.empty());
        rows.clear();
        loading.set(false);
        setSelection(Optional.empty());
        updatePaging(0);
    }

    // --- what is listed ----------------------------------------------------------------------------

    /** Lists only the pairs of one cluster, or lifts that condition for {@link #NONE}. */
    public void filterCluster(int clusterId) {
        OptionalInt wanted = clusterId == NONE ? OptionalInt.empty() : OptionalInt.of(clusterId);
        if (!wanted.equals(filter.get().cluster())) {
            applyFilter(filter.get().withCluster(wanted));
        }
    }

    public int clusterFilter() {
        return filter.get().cluster().orElse(NONE);
    }

    public void applyFilter(PairFilter wanted) {
        if (!wanted.equals(filter.get())) {
            filter.set(wanted);
            reload();
        }
    }

    public void sortBy(PairOrder wanted) {
        if (!wanted.equals(order.get())) {
            order.set(wanted);
            reload();
        }
    }

    /** Narrows the list to these pair ids (a scatter selection), or lifts the restriction when empty. */
    public void restrictTo(Optional<int[]> pairIds) {
        restriction.set(pairIds.map(int[]::clone));
        reload();
    }

    /** The verdicts changed (a reviewer overrode one): the verdict column follows. */
    public void updateVerdicts(Map<Integer, Verdict> clusterVerdicts) {
        verdicts = Map.copyOf(clusterVerdicts);
        List<PairRow> updated = rows.stream()
                .map(row -> row.withVerdict(row.cluster().map(c -> verdicts.getOrDefault(c.id(), c.verdict())))).toList();
        rows.setAll(updated);
        selectedRow.get().ifPresent(row -> updated.stream().filter(r -> r.pairId() == row.pairId()).findFirst()
                .ifPresent(r -> selectedRow.set(Optional.of(r))));
    }

    public boolean contains(int pairId) {
        return pairId >= 0 && pairId < positionOfPair.length && positionOfPair[pairId] >= 0;
    }

    private void reload() {
        if (store.isEmpty()) {
            return;
        }
        RunStore runStore = store.get();
        long request = ++generation;
        int run = runId;
        PairFilter wantedFilter = filter.get();
        PairOrder wantedOrder = order.get();
        Optional<int[]> only = restriction.get();
        loading.set(true);
        executor.submit("Listing pairs", (progress, cancel) -> restrict(runStore.pairIds(run, wantedFilter, wantedOrder), only),
                (Outcome<int[]> outcome) -> {
                    if (request != generation) {
                        return;
                    }
                    switch (outcome) {
                        case Outcome.Done<int[]>(int[] found) -> {
                            useIds(found);
                            int keep = selectedPair.get();
                            if (contains(keep)) {
                                pendingSelection = keep;
                                loadPage(positionOfPair[keep] / PAGE_SIZE);
                            } else {
                                setSelection(Optional.empty());
                                loadPage(0);
                            }
                        }
                        case Outcome.Failed<int[]>(Throwable error) -> {
                            loading.set(false);
                            dialogs.showError("Cannot list the pairs", UserMessages.of(error, "Listing the pairs of run " + run + " failed."), error);
                        }
                        case Outcome.Cancelled<int[]>() -> loading.set(false);
                    }
                });
    }

    private static int[] restrict(int[] found, Optional<int[]> only) {
        if (only.isEmpty()) {
            return found;
        }
        BitSet allowed = new BitSet();
        Arrays.stream(only.get()).forEach(allowed::set);
        return Arrays.stream(found).filter(allowed::get).toArray();
    }

    private void useIds(int[] found) {
        ids = found;
        int max = Arrays.stream(found).max().orElse(-1);
        positionOfPair = new int[max + 1];
        Arrays.fill(positionOfPair, -1);
        for (int k = 0; k < found.length; k++) {
            positionOfPair[found[k]] = k;
        }
        matching.set(found.length);
    }

    // --- selection and paging ------------------------------------------------------------------

    /** Selects a pair, turning to its page first; false when the pair is not among the listed ones. */
    public boolean select(int pairId) {
        if (!contains(pairId)) {
            return false;
        }
        int target = positionOfPair[pairId] / PAGE_SIZE;
        Optional<PairRow> onPage = rows.stream().filter(row -> row.pairId() == pairId).findFirst();
        if (target == page.get() && onPage.isPresent()) {
            setSelection(onPage);
        } else {
            pendingSelection = pairId;
            loadPage(target);
        }
        return true;
    }

    /** The next listed pair after the selected one (the first when none is selected); false at the end. */
    public boolean selectNext() {
        return step(1);
    }

    /** The listed pair before the selected one; false at the start. */
    public boolean selectPrevious() {
        return step(-1);
    }

    private boolean step(int direction) {
        if (ids.length == 0) {
            return false;
        }
        int current = selectedPair.get();
        int target = contains(current) ? positionOfPair[current] + direction : direction > 0 ? 0 : ids.length - 1;
        return target >= 0 && target < ids.length && select(ids[target]);
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
        int from = Math.min(target * PAGE_SIZE, ids.length);
        int[] pageIds = Arrays.copyOfRange(ids, from, Math.min(from + PAGE_SIZE, ids.length));
        int run = runId;
        loading.set(true);
        updatePaging(target);
        executor.<List<StoredPair>>submit("Reading pairs", (progress, cancel) -> runStore.pairsWithOutcomes(run, pageIds),
                outcome -> {
                    if (request != generation) {
                        return;
                    }
                    loading.set(false);
                    switch (outcome) {
                        case Outcome.Done<List<StoredPair>>(List<StoredPair> pairs) -> showPage(pairs);
                        case Outcome.Failed<List<StoredPair>>(Throwable error) -> dialogs.showError("Cannot show the pairs",
                                UserMessages.of(error, "Reading the pairs of run " + run + " failed."), error);
                        case Outcome.Cancelled<List<StoredPair>>() -> { }
                    }
                });
    }

    private void showPage(List<StoredPair> pairs) {
        List<PairRow> shown = new ArrayList<>(pairs.size());
        for (StoredPair stored : pairs) {
            Optional<ClusterSummary> cluster = stored.outcome().filter(o -> o.diverged() && o.clustered())
                    .map(o -> clusters.get(o.cluster()));
            shown.add(new PairRow(stored.pairId(), stored.pair(), stored.outcome(), cluster,
                    cluster.map(c -> verdicts.getOrDefault(c.id(), c.verdict()))));
        }
        rows.setAll(shown);
        int wanted = pendingSelection != NONE ? pendingSelection : selectedPair.get();
        pendingSelection = NONE;
        // a selection on another page stays: the side-by-side view keeps showing it while the user pages
        shown.stream().filter(row -> row.pairId() == wanted).findFirst().ifPresent(row -> setSelection(Optional.of(row)));
    }

    private void setSelection(Optional<PairRow> row) {
        selectedRow.set(row);
        selectedPair.set(row.map(PairRow::pairId).orElse(NONE));
    }

    private void updatePaging(int target) {
        int pages = Math.max(1, (ids.length + PAGE_SIZE - 1) / PAGE_SIZE);
        page.set(target);
        pageCount.set(pages);
        hasPrevious.set(target > 0);
        hasNext.set(target + 1 < pages);
        int from = Math.min(target * PAGE_SIZE, ids.length);
        int to = Math.min(from + PAGE_SIZE, ids.length);
        pageDescription.set(ids.length == 0 ? "no pairs match"
                : String.format(Locale.ROOT, "%,d–%,d of %,d %s", from + 1, to, ids.length, scope()));
    }

    private String scope() {
        PairFilter shown = filter.get();
        String scope = shown.cluster().isEmpty() ? "pairs"
                : "pairs in “" + Optional.ofNullable(clusters.get(shown.cluster().getAsInt())).map(ClusterSummary::label).orElse("cluster") + "”";
        List<String> more = new ArrayList<>();
        shown.segment().ifPresent(s -> more.add(s.field() + " = " + s.value()));
        shown.ranges().forEach(r -> more.add(r.metric() + " in range"));
        if (!shown.text().isBlank()) {
            more.add("“" + shown.text().strip() + "”");
        }
        restriction.get().ifPresent(only -> more.add("scatter selection"));
        return more.isEmpty() ? scope : scope + " · " + String.join(" · ", more);
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

    /** How many pairs pass the filter (and the scatter selection). */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<PairFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PairOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<int[]>> restrictionProperty() {
        return restriction.getReadOnlyProperty();
    }

    /** Metric names the filter and sort controls offer. */
    public ObservableList<String> metricNames() {
        return metricNamesView;
    }

    /** Metadata fields the segment filter offers. */
    public ObservableList<String> segmentFields() {
        return segmentFieldsView;
    }

    /** The values of a metadata field in this run, most frequent first. */
    public List<String> segmentValues(String field) {
        return segmentValues.getOrDefault(field, List.of());
    }

    /** What the filter controls offer for this run. */
    public void offer(List<String> metrics, Map<String, List<String>> valuesByField) {
        metricNames.setAll(metrics);
        segmentValues = Map.copyOf(valuesByField);
        segmentFields.setAll(valuesByField.keySet().stream().sorted().toList());
    }
}

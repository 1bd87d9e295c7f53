// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.app.ui.dialog.DialogService;
import dev.shiftlens.app.ui.dialog.UserMessages;
import dev.shiftlens.app.ui.task.Outcome;
import dev.shiftlens.app.ui.task.TaskExecutor;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.SegmentCount;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The segment view's state: for the chosen metadata field, each value's split over the clusters;
 * baseline vs candidate output lengths; and the distribution of one more chosen metric (both sides
 * when the metric has a baseline_/candidate_ pair, else all pairs vs the focused cluster). Data is
 * read in the background each time a choice changes.
 */
public final class SegmentViewModel {

    static final String BASELINE_CHARS = "baseline_chars";
    static final String CANDIDATE_CHARS = "candidate_chars";

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<String> field = new SimpleObjectProperty<>();
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>();
    private final ObservableList<SegmentShare> shares = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Distribution> lengths = new ReadOnlyObjectWrapper<>(Distribution.EMPTY);
    private final ReadOnlyObjectWrapper<Distribution> metricDistribution = new ReadOnlyObjectWrapper<>(Distribution.EMPTY);

    private final ObservableList<String> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<String> metricsView = FXCollections.unmodifiableObservableList(metrics);
    private final ObservableList<SegmentShare> sharesView = FXCollections.unmodifiableObservableList(shares);

    private Optional<RunStore> store = Optional.empty();
    private int runId;
    private Map<Integer, String> labels = Map.of();
    private int focusedCluster = -1;
    private boolean active;
    private boolean stale;
    private long generation;

    public SegmentViewModel(TaskExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        field.addListener((obs, old, now) -> loadShares());
        metric.addListener((obs, old, now) -> loadMetric());
    }

    public void show(RunStore runStore, int run, List<ClusterSummary> clusters, List<String> segmentFields, List<String> metricNames) {
        store = Optional.of(runStore);
        runId = run;
        generation++;
        labels = clusters.stream().collect(Collectors.toMap(ClusterSummary::id, ClusterSummary::label));
        focusedCluster = -1;
        fields.setAll(segmentFields);
        metrics.setAll(metricNames);
        shares.clear();
        lengths.set(Distribution.EMPTY);
        metricDistribution.set(Distribution.EMPTY);
        stale = true;
        field.set(segmentFields.isEmpty() ? null : segmentFields.getFirst());
        metric.set(metricNames.contains("semantic_similarity") ? "semantic_similarity" : metricNames.isEmpty() ? null : metricNames.getFirst());
        refreshIfActive();
    }

    public void clear() {
        store = Optional.empty();
        generation++;
        fields.clear();
        metrics.clear();
        shares.clear();
        lengths.set(Distribution.EMPTY);
        metricDistribution.set(Distribution.EMPTY);
    }

    /** The view is on screen (its tab selected): charts are read only then, so a hidden tab costs nothing. */
    public void setActive(boolean visible) {
        active = visible;
        refreshIfActive();
    }

    /** The focused cluster changed: the metric chart compares it with all pairs. */
    public void focusCluster(int clusterId) {
        focusedCluster = clusterId;
        if (active) {
            loadLengths();
            loadMetric();
        } else {
            stale = true;
        }
    }

    private void refreshIfActive() {
        if (active && stale && store.isPresent()) {
            stale = false;
            loadShares();
            loadLengths();
            loadMetric();
        }
    }

    private void loadShares() {
        String chosen = field.get();
        if (!active || store.isEmpty() || chosen == null) {
            stale = stale || !active;
            return;
        }
        RunStore runStore = store.get();
        int run = runId;
        long request = generation;
        executor.submit("Counting segments", (progress, cancel) -> runStore.segmentCounts(run, chosen),
                (Outcome<List<SegmentCount>> outcome) -> {
                    if (request == generation && chosen.equals(field.get())) {
                        handle(outcome, counts -> shares.setAll(shares(counts, labels)));
                    }
                });
    }

    private void loadLengths() {
        RunStore runStore = store.orElseThrow();
        int run = runId;
        long request = generation;
        int cluster = focusedCluster;
        executor.submit("Reading lengths", (progress, cancel) -> {
            double[] baseline = runStore.metricValues(run, BASELINE_CHARS);
            double[] candidate = runStore.metricValues(run, CANDIDATE_CHARS);
            if (cluster >= 0) {
                baseline = inCluster(runStore, run, cluster, baseline);
                candidate = inCluster(runStore, run, cluster, candidate);
            }
            return Histogram.of(List.of(baseline, candidate));
        }, (Outcome<List<Histogram.Bin>> outcome) -> {
            if (request == generation && cluster == focusedCluster) {
                handle(outcome, bins -> lengths.set(new Distribution(cluster < 0 ? "Output length (chars), all pairs"
                        : "Output length (chars), focused cluster", List.of("baseline", "candidate"), bins)));
            }
        });
    }

    private void loadMetric() {
        String chosen = metric.get();
        if (!active || store.isEmpty() || chosen == null) {
            stale = stale || !active;
            return;
        }
        RunStore runStore = store.get();
        int run = runId;
        long request = generation;
        int cluster = focusedCluster;
        Optional<String> otherSide = otherSide(chosen);
        executor.submit("Reading " + chosen, (progress, cancel) -> {
            if (otherSide.isPresent()) {
                boolean baselineFirst = chosen.startsWith("baseline_");
                double[] first = runStore.metricValues(run, baselineFirst ? chosen : otherSide.get());
                double[] second = runStore.metricValues(run, baselineFirst ? otherSide.get() : chosen);
                return new Distribution(chosen.substring(chosen.indexOf('_') + 1).replace('_', ' ') + ", baseline vs candidate",
                        List.of("baseline", "candidate"), Histogram.of(List.of(first, second)));
            }
            double[] values = runStore.metricValues(run, chosen);
            if (cluster < 0) {
                return new Distribution(chosen.replace('_', ' ') + ", all pairs", List.of("all pairs"), Histogram.of(List.of(values)));
            }
            double[] inCluster = inCluster(runStore, run, cluster, values);
            return new Distribution(chosen.replace('_', ' '),
                    List.of("all pairs", labels.getOrDefault(cluster, "cluster " + cluster)), Histogram.of(List.of(values, inCluster)));
        }, (Outcome<Distribution> outcome) -> {
            if (request == generation && chosen.equals(metric.get())) {
                handle(outcome, metricDistribution::set);
            }
        });
    }

    private static double[] inCluster(RunStore store, int run, int cluster, double[] values) {
        int[] ids = store.pairIds(run, dev.shiftlens.storage.PairFilter.ALL.withCluster(java.util.OptionalInt.of(cluster)),
                dev.shiftlens.storage.PairOrder.NATURAL);
        double[] selected = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            selected[k] = ids[k] < values.length ? values[ids[k]] : Double.NaN;
        }
        return selected;
    }

    /** baseline_x ↔ candidate_x, when the metric is measured on each side. */
    static Optional<String> otherSide(String metric) {
        if (metric.startsWith("baseline_")) {
            return Optional.of("candidate_" + metric.substring("baseline_".length()));
        }
        if (metric.startsWith("candidate_")) {
            return Optional.of("baseline_" + metric.substring("candidate_".length()));
        }
        return Optional.empty();
    }

    static List<SegmentShare> shares(List<SegmentCount> counts, Map<Integer, String> labels) {
        Map<String, List<SegmentCount>> byValue = counts.stream()
                .collect(Collectors.groupingBy(SegmentCount::value, LinkedHashMap::new, Collectors.toList()));
        List<SegmentShare> shares = new ArrayList<>();
        byValue.forEach((value, rows) -> {
            int total = rows.stream().mapToInt(SegmentCount::pairs).sum();
            List<SegmentShare.Part> parts = rows.stream().filter(row -> row.clusterId() >= 0)
                    .map(row -> new SegmentShare.Part(row.clusterId(), labels.getOrDefault(row.clusterId(), "cluster " + row.clusterId()),
                            (double) row.pairs() / total))
                    .sorted(Comparator.comparingDouble(SegmentShare.Part::share).reversed())
                    .toList();
            shares.add(new SegmentShare(value, total, parts));
        });
        shares.sort(Comparator.comparingInt(SegmentShare::pairs).reversed());
        return shares;
    }

    private <T> void handle(Outcome<T> outcome, java.util.function.Consumer<T> use) {
        switch (outcome) {
            case Outcome.Done<T>(T value) -> use.accept(value);
            case Outcome.Failed<T>(Throwable error) -> dialogs.showError("Cannot draw the segment view",
                    UserMessages.of(error, "Reading the run's segments failed."), error);
            case Outcome.Cancelled<T>() -> { }
        }
    }

    public ObservableList<String> fields() {
        return fieldsView;
    }

    public ObservableList<String> metrics() {
        return metricsView;
    }

    public ObjectProperty<String> fieldProperty() {
        return field;
    }

    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    /** Each value of the chosen field with its cluster split, most pairs first. */
    public ObservableList<SegmentShare> shares() {
        return sharesView;
    }

    public ReadOnlyObjectProperty<Distribution> lengthsProperty() {
        return lengths.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Distribution> metricDistributionProperty() {
        return metricDistribution.getReadOnlyProperty();
    }
}

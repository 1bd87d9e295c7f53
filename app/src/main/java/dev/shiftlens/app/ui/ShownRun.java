// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.storage.RunStore;
import dev.shiftlens.storage.ScatterLayout;
import dev.shiftlens.storage.SegmentCount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the workbench reads to show a run, in one background call: the summary, clusters and
 * findings (and how many findings belong to an earlier analysis), the scatter layout in flat arrays, the metric names, and each metadata field's values
 * (most frequent first). Pair texts are not read here; the table pages them.
 */
record ShownRun(Optional<AnalysisSummary> summary, List<ClusterSummary> clusters, List<Finding> findings, int previousFindings,
                ScatterLayout layout, List<String> metrics, Map<String, List<String>> segmentValues) {

    /** Fields with more distinct values than this are not offered as a filter list (free-text ids, say). */
    private static final int MAX_VALUES = 200;

    static ShownRun read(RunStore store, int runId) {
        Optional<AnalysisSummary> summary = store.analysisSummary(runId);
        if (summary.isEmpty()) {
            return new ShownRun(summary, List.of(), List.of(), 0, ScatterLayout.EMPTY, List.of(), segments(store, runId));
        }
        return new ShownRun(summary, store.clusters(runId), store.findings(runId), store.previousFindings(runId).size(),
                store.scatterLayout(runId),
                store.metricNames(runId), segments(store, runId));
    }

    private static Map<String, List<String>> segments(RunStore store, int runId) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : store.segmentFields(runId)) {
            Map<String, Integer> counts = store.segmentCounts(runId, field).stream()
                    .collect(Collectors.groupingBy(SegmentCount::value, Collectors.summingInt(SegmentCount::pairs)));
            if (counts.size() <= MAX_VALUES) {
                values.put(field, counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList());
            }
        }
        return values;
    }
}

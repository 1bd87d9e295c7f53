// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every figure broken down by metadata field and value, in one pass over the pairs. Fields with
 * more distinct values than {@code maxValuesPerField} (ids, free text) are left out: a table of a
 * million user ids helps nobody.
 */
public final class SegmentBreakdown {

    public static final int DEFAULT_MAX_VALUES_PER_FIELD = 40;

    private SegmentBreakdown() {
    }

    /** The ids of the clusters the analysis labelled regression. */
    public static Set<Integer> regressionClusters(RunAnalysis analysis) {
        return analysis.clusters().stream().filter(c -> c.verdict() == Verdict.REGRESSION)
                .map(c -> c.id()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Rows grouped by field (alphabetical), values by descending pair count.
     *
     * @param metadata each pair's segment fields, indexed by pair id
     */
    public static List<SegmentRow> of(RunAnalysis analysis, List<Map<String, String>> metadata, int maxValuesPerField) {
        Set<Integer> regression = regressionClusters(analysis);
        Map<String, Map<String, ScopeFigures.Tally>> tallies = new TreeMap<>();
        for (PairOutcome pair : analysis.pairs()) {
            Map<String, String> fields = pair.pairId() < metadata.size() ? metadata.get(pair.pairId()) : Map.of();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                Map<String, ScopeFigures.Tally> values = tallies.computeIfAbsent(field.getKey(), k -> new LinkedHashMap<>());
                if (values.size() > maxValuesPerField) {
                    continue;
                }
                values.computeIfAbsent(field.getValue(), v -> new ScopeFigures.Tally()).add(pair, regression);
            }
        }
        List<SegmentRow> rows = new ArrayList<>();
        tallies.forEach((field, values) -> {
            if (values.size() <= maxValuesPerField) {
                values.entrySet().stream()
                        .map(value -> new SegmentRow(field, value.getKey(), value.getValue().figures(field + "=" + value.getKey())))
                        .sorted(Comparator.comparingInt((SegmentRow row) -> row.figures().pairs()).reversed()
                                .thenComparing(SegmentRow::value))
                        .forEach(rows::add);
            }
        });
        return rows;
    }

    /** The figures of the pairs whose {@code field} is {@code value}. */
    public static ScopeFigures scope(RunAnalysis analysis, List<Map<String, String>> metadata, String field, String value) {
        List<PairOutcome> matching = analysis.pairs().stream()
                .filter(pair -> pair.pairId() < metadata.size() && value.equals(metadata.get(pair.pairId()).get(field)))
                .toList();
        return ScopeFigures.measure(field + "=" + value, matching, regressionClusters(analysis));
    }
}

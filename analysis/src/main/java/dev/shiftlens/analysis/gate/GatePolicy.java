// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.segment.ScopeFigures;
import dev.shiftlens.analysis.segment.SegmentBreakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Checks every threshold against all traffic, then against each segment asked for. */
public final class GatePolicy {

    private GatePolicy() {
    }

    /**
     * @param metadata each pair's segment fields, indexed by pair id (only read when segments are asked for)
     */
    public static GateResult evaluate(GateThresholds thresholds, RunAnalysis analysis, List<Map<String, String>> metadata) {
        List<ThresholdCheck> checks = new ArrayList<>();
        ScopeFigures all = ScopeFigures.measure(ScopeFigures.ALL_TRAFFIC, analysis.pairs(),
                SegmentBreakdown.regressionClusters(analysis));
        check(thresholds, all, checks);
        for (SegmentSelector segment : thresholds.segments()) {
            check(thresholds, SegmentBreakdown.scope(analysis, metadata, segment.field(), segment.value()), checks);
        }
        return new GateResult(checks);
    }

    /** Segments asked for that no pair carries: a typo there would otherwise pass silently. */
    public static void requireSegmentsPresent(GateThresholds thresholds, List<Map<String, String>> metadata) {
        for (SegmentSelector segment : thresholds.segments()) {
            boolean present = metadata.stream().anyMatch(fields -> segment.value().equals(fields.get(segment.field())));
            if (!present) {
                Set<String> values = new TreeSet<>();
                metadata.stream().map(fields -> fields.get(segment.field())).filter(Objects::nonNull)
                        .limit(100_000).forEach(values::add);
                throw new GateConfigException("segment " + segment, values.isEmpty()
                        ? "no pair has the field `" + segment.field() + "`"
                        : "no pair has " + segment + "; values of " + segment.field() + ": "
                        + String.join(", ", values.stream().limit(20).toList()));
            }
        }
    }

    private static void check(GateThresholds thresholds, ScopeFigures figures, List<ThresholdCheck> checks) {
        thresholds.limits().forEach((threshold, limit) ->
                checks.add(new ThresholdCheck(threshold, figures.scope(), limit, threshold.figure(figures))));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The limits a gate enforces and the segments it also checks on their own. Absent thresholds are
 * not checked. Immutable; {@link #with} and {@link #withSegments} give changed copies, so options
 * can override a config file which overrides the defaults.
 */
public final class GateThresholds {

    private final Map<Threshold, Double> limits;
    private final List<SegmentSelector> segments;

    private GateThresholds(Map<Threshold, Double> limits, List<SegmentSelector> segments) {
        this.limits = Collections.unmodifiableMap(new EnumMap<>(limits));
        this.segments = List.copyOf(segments);
    }

    public static GateThresholds none() {
        return new GateThresholds(new EnumMap<>(Threshold.class), List.of());
    }

    /**
     * What a gate checks when nobody said otherwise: at most 5% of traffic in regression clusters,
     * refusals up by at most 10 points, JSON-invalid answers up by at most 5 points.
     */
    public static GateThresholds defaults() {
        return none().with(Threshold.MAX_REGRESSION_SHARE, 0.05)
                .with(Threshold.MAX_REFUSAL_INCREASE, 0.10)
                .with(Threshold.MAX_JSON_INVALID_INCREASE, 0.05);
    }

    public GateThresholds with(Threshold threshold, double limit) {
        if (Double.isNaN(limit) || limit < (threshold.maximum() ? -1 : 0) || limit > 1) {
            throw new GateConfigException(threshold.key(), "must be a number between " + (threshold.maximum() ? "-1" : "0")
                    + " and 1 (a share, e.g. 0.05 for 5%), got " + limit);
        }
        Map<Threshold, Double> changed = new EnumMap<>(Threshold.class);
        changed.putAll(limits);
        changed.put(threshold, limit);
        return new GateThresholds(changed, segments);
    }

    public GateThresholds without(Threshold threshold) {
        Map<Threshold, Double> changed = new EnumMap<>(Threshold.class);
        changed.putAll(limits);
        changed.remove(threshold);
        return new GateThresholds(changed, segments);
    }

    public GateThresholds withSegments(List<SegmentSelector> more) {
        List<SegmentSelector> all = new ArrayList<>(segments);
        more.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new GateThresholds(limits, all);
    }

    public OptionalDouble limit(Threshold threshold) {
        Double limit = limits.get(threshold);
        return limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit);
    }

    /** The thresholds set, in declaration order. */
    public Map<Threshold, Double> limits() {
        return limits;
    }

    public List<SegmentSelector> segments() {
        return segments;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which pairs of a run to list: all conditions must hold. An empty filter lists every pair.
 *
 * @param cluster  only pairs of this divergence cluster (diverged and clustered)
 * @param segment  only pairs whose metadata field has this value
 * @param ranges   only pairs whose metric lies in each range (pairs without the metric are left out)
 * @param text     only pairs whose request id, query or either output contains this text, ignoring case; blank: any
 */
public record PairFilter(OptionalInt cluster, Optional<SegmentValue> segment, List<MetricRange> ranges, String text) {

    public static final PairFilter ALL = new PairFilter(OptionalInt.empty(), Optional.empty(), List.of(), "");

    public PairFilter {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(segment, "segment");
        ranges = List.copyOf(ranges);
        text = Objects.requireNonNullElse(text, "");
    }

    /** A metadata field and one of its values, e.g. region = eu-west. */
    public record SegmentValue(String field, String value) {
    }

    /** {@code min <= metric <= max}; use infinities for an open end. */
    public record MetricRange(String metric, double min, double max) {

        public MetricRange {
            MetricColumn.check(metric);
        }
    }

    public PairFilter withCluster(OptionalInt value) {
        return new PairFilter(value, segment, ranges, text);
    }

    public PairFilter withSegment(Optional<SegmentValue> value) {
        return new PairFilter(cluster, value, ranges, text);
    }

    public PairFilter withRanges(List<MetricRange> value) {
        return new PairFilter(cluster, segment, value, text);
    }

    public PairFilter withText(String value) {
        return new PairFilter(cluster, segment, ranges, value);
    }

    /** True when the filter lets every pair through. */
    public boolean isEmpty() {
        return cluster.isEmpty() && segment.isEmpty() && ranges.isEmpty() && text.isBlank();
    }
}

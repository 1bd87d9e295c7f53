// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import java.util.List;
import java.util.Locale;

/**
 * One value of a metadata field: how many pairs carry it and what share of them falls into each cluster.
 *
 * @param parts one per cluster with pairs in this segment, largest first
 */
public record SegmentShare(String value, int pairs, List<Part> parts) {

    public SegmentShare {
        parts = List.copyOf(parts);
    }

    /** A cluster's share of the segment's pairs. */
    public record Part(int clusterId, String label, double share) {
    }

    /** e.g. "eu-west · 1,204 pairs · 31% in clusters". */
    public String caption() {
        double clustered = parts.stream().mapToDouble(Part::share).sum();
        return String.format(Locale.ROOT, "%s · %,d pairs · %.0f%% in clusters", value, pairs, clustered * 100);
    }
}

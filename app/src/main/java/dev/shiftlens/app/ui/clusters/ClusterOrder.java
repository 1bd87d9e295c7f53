// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.Verdict;

import java.util.Comparator;

/** How the cluster list is sorted. Impact is the cluster's share of all traffic. */
public enum ClusterOrder {
    IMPACT("Impact (share of traffic)",
            Comparator.comparingDouble(ClusterRow::share).reversed()),
    REGRESSIONS_FIRST("Regressions first",
            Comparator.comparingInt((ClusterRow row) -> rank(row.verdict())).thenComparing(Comparator.comparingDouble(ClusterRow::share).reversed())),
    CONFIDENCE("Confidence",
            Comparator.comparingDouble((ClusterRow row) -> row.cluster().confidence()).reversed()),
    LABEL("Label", Comparator.comparing(ClusterRow::label, String.CASE_INSENSITIVE_ORDER));

    private final String title;
    private final Comparator<ClusterRow> comparator;

    ClusterOrder(String title, Comparator<ClusterRow> comparator) {
        this.title = title;
        this.comparator = comparator.thenComparingInt(ClusterRow::id);
    }

    public Comparator<ClusterRow> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return title;
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> 0;
            case IMPROVEMENT -> 1;
            case NEUTRAL -> 2;
        };
    }
}

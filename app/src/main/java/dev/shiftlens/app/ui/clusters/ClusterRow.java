// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Verdict;

import java.util.Locale;

/** One line of the cluster list. */
public record ClusterRow(int id, String label, int size, double share, Verdict verdict, int paletteColour) {

    public static ClusterRow of(ClusterSummary cluster, int paletteColour) {
        return new ClusterRow(cluster.id(), cluster.label(), cluster.size(), cluster.share(), cluster.verdict(), paletteColour);
    }

    /** e.g. "412 pairs · 8.2%". */
    public String sizeAndShare() {
        return String.format(Locale.ROOT, "%,d pairs · %.1f%%", size, share * 100);
    }

    public VerdictStyle verdictStyle() {
        return VerdictStyle.of(verdict);
    }
}

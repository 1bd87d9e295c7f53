// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.result.PairOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the scatter's points so the picture, not the run size, decides the report's weight. Below
 * the bound every pair is shown; above it, clustered pairs get up to 60% of the bound (they are
 * what the reader looks at) and the rest is spread over unclustered pairs. The choice hangs on a
 * hash of the pair id and the seed, so the same run gives the same picture.
 */
final class ScatterSampler {

    private static final double CLUSTERED_BUDGET = 0.6;

    private ScatterSampler() {
    }

    static RunReport.Scatter sample(List<PairOutcome> pairs, int maxPoints, long seed) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int clustered = 0;
        for (PairOutcome pair : pairs) {
            minX = Math.min(minX, pair.x());
            maxX = Math.max(maxX, pair.x());
            minY = Math.min(minY, pair.y());
            maxY = Math.max(maxY, pair.y());
            clustered += pair.clustered() ? 1 : 0;
        }
        if (pairs.isEmpty()) {
            return new RunReport.Scatter(List.of(), 0, 0, 1, 0, 1);
        }
        int others = pairs.size() - clustered;
        double clusteredKeep = pairs.size() <= maxPoints ? 1 : Math.min(1, maxPoints * CLUSTERED_BUDGET / Math.max(1, clustered));
        double clusteredExpected = clusteredKeep * clustered;
        double otherKeep = pairs.size() <= maxPoints ? 1 : Math.min(1, (maxPoints - clusteredExpected) / Math.max(1, others));
        List<RunReport.Point> points = new ArrayList<>(Math.min(pairs.size(), maxPoints));
        for (PairOutcome pair : pairs) {
            double keep = pair.clustered() ? clusteredKeep : otherKeep;
            if (keep >= 1 || uniform(pair.pairId(), seed) < keep) {
                points.add(new RunReport.Point(pair.x(), pair.y(), pair.cluster()));
                if (points.size() == maxPoints) {
                    break;
                }
            }
        }
        return new RunReport.Scatter(points, pairs.size(), minX, maxX, minY, maxY);
    }

    /** A number in [0, 1) fixed by the pair id and seed (SplitMix64's finaliser). */
    static double uniform(int pairId, long seed) {
        long z = pairId * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}

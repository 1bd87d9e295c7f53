// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.divergence.DivergenceScore;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Places the pairs that did not diverge without projecting them: a disc beside the diverged
 * layout, filled along a sunflower spiral from the calmest pair outwards, so the scatter shows
 * how much traffic is unchanged at a glance and costs O(n).
 */
final class CalmLayout {

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private CalmLayout() {
    }

    static double[][] place(List<DivergenceScore> scores, int[] diverged, double[][] divergedXy) {
        int n = scores.size();
        double[][] xy = new double[n][];
        boolean[] isDiverged = new boolean[n];
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int r = 0; r < diverged.length; r++) {
            xy[diverged[r]] = divergedXy[r].clone();
            isDiverged[diverged[r]] = true;
            minX = Math.min(minX, divergedXy[r][0]);
            maxX = Math.max(maxX, divergedXy[r][0]);
            minY = Math.min(minY, divergedXy[r][1]);
            maxY = Math.max(maxY, divergedXy[r][1]);
        }
        if (diverged.length == 0) {
            minX = maxX = minY = maxY = 0;
        }
        double span = Math.max(1.0, Math.max(maxX - minX, maxY - minY));
        double radius = 0.3 * span;
        double centreX = minX - 1.5 * radius;
        double centreY = (minY + maxY) / 2;
        List<Integer> calm = IntStream.range(0, n).filter(i -> !isDiverged[i]).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores.get(i).total()).thenComparingInt(i -> i)).toList();
        for (int k = 0; k < calm.size(); k++) {
            double r = radius * Math.sqrt((k + 0.5) / calm.size());
            double theta = k * GOLDEN_ANGLE;
            xy[calm.get(k)] = new double[] {centreX + r * Math.cos(theta), centreY + r * Math.sin(theta)};
        }
        return xy;
    }
}

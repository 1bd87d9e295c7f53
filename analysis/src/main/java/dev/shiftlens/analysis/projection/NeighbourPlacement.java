// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

/**
 * Places a point that UMAP did not see at the mean of its {@code k} nearest fitted neighbours' positions,
 * weighted by inverse distance (an exact duplicate takes its twin's position).
 */
final class NeighbourPlacement {

    private NeighbourPlacement() {
    }

    static double[] place(double[] point, double[][] fitted, double[][] fittedPositions, int k) {
        int[] nearest = new int[Math.min(k, fitted.length)];
        double[] nearestDistance = new double[nearest.length];
        java.util.Arrays.fill(nearestDistance, Double.POSITIVE_INFINITY);
        for (int j = 0; j < fitted.length; j++) {
            double d = Rows.squaredDistance(point, fitted[j]);
            if (d < nearestDistance[nearest.length - 1]) {
                insert(nearest, nearestDistance, j, d);
            }
        }
        if (nearestDistance[0] == 0) {
            return fittedPositions[nearest[0]].clone();
        }
        double[] position = new double[2];
        double totalWeight = 0;
        for (int i = 0; i < nearest.length; i++) {
            double weight = 1 / Math.sqrt(nearestDistance[i]);
            position[0] += weight * fittedPositions[nearest[i]][0];
            position[1] += weight * fittedPositions[nearest[i]][1];
            totalWeight += weight;
        }
        position[0] /= totalWeight;
        position[1] /= totalWeight;
        return position;
    }

    /** Keeps the arrays sorted by distance ascending. */
    private static void insert(int[] nearest, double[] distances, int index, double distance) {
        int at = distances.length - 1;
        while (at > 0 && distances[at - 1] > distance) {
            distances[at] = distances[at - 1];
            nearest[at] = nearest[at - 1];
            at--;
        }
        distances[at] = distance;
        nearest[at] = index;
    }
}

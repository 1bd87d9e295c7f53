// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

/**
 * HDBSCAN* parameters.
 *
 * @param minClusterSize the fewest points a group needs to count as a cluster
 * @param minSamples     neighbours that define a point's core distance (local density); larger means more noise
 * @param seed           drives the sample drawn when there are more than {@code sampleLimit} points
 * @param sampleLimit    how many points the exact O(n^2) method sees at most; the rest are attached to the
 *                       nearest clustered sample point when within its core distance, else noise
 */
public record DensityClusteringSettings(int minClusterSize, int minSamples, long seed, int sampleLimit) {

    /** Measured (ClusteringTiming, 2 cores, 24 dims): exact HDBSCAN* takes 2 s at 5,000 points, 7 s at 10,000, 69 s at 20,000. */
    public static final int DEFAULT_SAMPLE_LIMIT = 5_000;
    public static final long DEFAULT_SEED = 20_240_601L;

    public DensityClusteringSettings {
        if (minClusterSize < 2 || minSamples < 1 || sampleLimit < 2) {
            throw new IllegalArgumentException("need minClusterSize >= 2, minSamples >= 1, sampleLimit >= 2: "
                    + minClusterSize + ", " + minSamples + ", " + sampleLimit);
        }
    }

    /**
     * Defaults that scale with the number of points: a cluster needs 1% of the points, at least 8 (fewer
     * is chance coincidence in a few hundred divergences) and at most 250, so a systematic change hitting
     * 250 pairs still surfaces in a large run. (With at most 100, the 100k-pair sample incident's flattery
     * change, 2,718 pairs, split into six clusters; with 248 each planted change was one cluster.) Core
     * distance from {@code min(minClusterSize, 10)} neighbours, which keeps uniform noise out of clusters
     * without eroding a blob's rim.
     */
    public static DensityClusteringSettings defaultsFor(int n) {
        int minClusterSize = Math.clamp(Math.round(0.01 * n), 8, 250);
        return new DensityClusteringSettings(minClusterSize, Math.min(minClusterSize, 10), DEFAULT_SEED, DEFAULT_SAMPLE_LIMIT);
    }
}

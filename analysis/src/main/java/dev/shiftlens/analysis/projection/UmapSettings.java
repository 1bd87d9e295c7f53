// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

/**
 * UMAP parameters.
 *
 * @param neighbours          size of the local neighbourhood UMAP preserves, counting the point itself
 *                            (umap-learn's {@code n_neighbors}; 15 is its default)
 * @param epochs              optimisation rounds; 200 is umap-learn's choice for large inputs
 * @param minDist             how tightly points may pack in the plane (UMAP default 0.1)
 * @param seed                the layout is a pure function of input and seed
 * @param sampleLimit         UMAP is fitted on at most this many points (seeded sample); the rest are placed
 *                            from their nearest fitted neighbours
 * @param maxInputDimensions  wider inputs are first reduced by PCA to this many dimensions
 * @param placementNeighbours how many fitted neighbours place a point UMAP did not see
 */
public record UmapSettings(int neighbours, int epochs, double minDist, long seed, int sampleLimit,
                           int maxInputDimensions, int placementNeighbours) {

    public static final long DEFAULT_SEED = 20_240_601L;

    public UmapSettings {
        if (neighbours < 2 || epochs < 10 || !(minDist > 0 && minDist <= 1) || sampleLimit <= neighbours
                || maxInputDimensions < 2 || placementNeighbours < 1) {
            throw new IllegalArgumentException("invalid UMAP settings: neighbours=" + neighbours + ", epochs=" + epochs
                    + ", minDist=" + minDist + ", sampleLimit=" + sampleLimit + ", maxInputDimensions=" + maxInputDimensions
                    + ", placementNeighbours=" + placementNeighbours);
        }
    }

    public static UmapSettings defaults() {
        return new UmapSettings(15, 200, 0.1, DEFAULT_SEED, 4_000, 50, 8);
    }

    public UmapSettings withSeed(long newSeed) {
        return new UmapSettings(neighbours, epochs, minDist, newSeed, sampleLimit, maxInputDimensions, placementNeighbours);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall time of HDBSCAN* on blobs plus noise in 24 dimensions, exact and sampled; a measurement program,
 * not a test. Run with an SLF4J provider on the class path (see EmbeddingThroughput).
 */
public final class ClusteringTiming {

    private static final Logger LOG = LoggerFactory.getLogger(ClusteringTiming.class);

    private ClusteringTiming() {
    }

    public static void main(String[] args) {
        for (int n : new int[] {5_000, 10_000, 20_000}) {
            GaussianBlobs data = GaussianBlobs.of(12, n * 9 / 10 / 12, n - n * 9 / 10 / 12 * 12, 24, 12, 30, n);
            DensityClusteringSettings defaults = DensityClusteringSettings.defaultsFor(n);
            for (int limit : args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {5_000, Integer.MAX_VALUE}) {
                if (limit > n && limit != Integer.MAX_VALUE) {
                    continue;
                }
                var settings = new DensityClusteringSettings(defaults.minClusterSize(), defaults.minSamples(), defaults.seed(), limit);
                long start = System.nanoTime();
                ClusterAssignment result = new HdbscanClusterer(settings).cluster(data.points(), ProgressListener.NONE, Cancellation.none());
                LOG.info(String.format("n=%6d sampleLimit=%10d: %6.1f s, %s", n, limit, (System.nanoTime() - start) / 1e9, result));
            }
        }
    }
}

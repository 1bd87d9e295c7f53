// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.cluster.ClusterAssignment;
import dev.shiftlens.analysis.cluster.DensityClusteringSettings;
import dev.shiftlens.analysis.cluster.GaussianBlobs;
import dev.shiftlens.analysis.cluster.HdbscanClusterer;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall time of projection (UMAP with defaults, PCA) and of clustering with defaults, for 5k and 20k points of
 * 24 dimensions (blobs plus noise); a measurement program, not a test. Run with an SLF4J provider on the class
 * path (see EmbeddingThroughput). Optional arguments: point counts.
 */
public final class ProjectionTiming {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionTiming.class);

    private ProjectionTiming() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {5_000, 20_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            GaussianBlobs data = GaussianBlobs.of(12, n * 9 / 10 / 12, n - n * 9 / 10 / 12 * 12, 24, 12, 30, n);
            long start = System.nanoTime();
            double[][] umap = new UmapProjector().project(data.points(), ProgressListener.NONE, Cancellation.none());
            double umapSeconds = seconds(start);
            start = System.nanoTime();
            new PcaProjector().project(data.points(), ProgressListener.NONE, Cancellation.none());
            double pcaSeconds = seconds(start);
            start = System.nanoTime();
            ClusterAssignment clusters = new HdbscanClusterer(DensityClusteringSettings.defaultsFor(data.points().length))
                    .cluster(data.points(), ProgressListener.NONE, Cancellation.none());
            double clusterSeconds = seconds(start);
            LOG.info(String.format("n=%6d x 24: UMAP %.1f s (%d rows), PCA %.2f s, HDBSCAN* %.1f s -> %s; UMAP + HDBSCAN* %.1f s",
                    n, umapSeconds, umap.length, pcaSeconds, clusterSeconds, clusters, umapSeconds + clusterSeconds));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Wall time of projection and clustering on 24-dimensional blobs plus noise; a measurement program, not a
 * test. slf4j-simple is on the test class path, so the numbers print. Two parts:
 * <ol>
 *   <li>the UMAP fit alone ({@link UmapLayout}) on 2,000 and 4,000 points (4,000 is the default sample
 *       limit), split into exact neighbours, fuzzy graph and the whole fit, the first (cold) run and the
 *       best of three warm ones;</li>
 *   <li>end to end, {@link UmapProjector#project} with defaults (sample, fit, placement), {@link PcaProjector}
 *       and HDBSCAN* for the point counts given as arguments (default 5,000 and 20,000).</li>
 * </ol>
 * Run: {@code mvn -o -q exec:java -pl analysis -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.shiftlens.analysis.projection.ProjectionTiming}.
 */
public final class ProjectionTiming {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionTiming.class);
    private static final int WARM_RUNS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProjectionTiming() {
    }

    public static void main(String[] args) {
        LOG.info("{} cores, load average {}", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int n : new int[] {2_000, 4_000}) {
            timeFit(n);
        }
        int[] sizes = args.length == 0 ? new int[] {5_000, 20_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            timeEndToEnd(n);
        }
    }

    private static GaussianBlobs blobs(int n) {
        return GaussianBlobs.of(12, n * 9 / 10 / 12, n - n * 9 / 10 / 12 * 12, 24, 12, 30, n);
    }

    private static void timeFit(int n) {
        double[][] points = blobs(n).points();
        UmapSettings defaults = UmapSettings.defaults();
        double[] neighbours = new double[WARM_RUNS + 1];
        double[] graph = new double[WARM_RUNS + 1];
        double[] fit = new double[WARM_RUNS + 1];
        double[] fitThreadCpu = new double[WARM_RUNS + 1];
        for (int run = 0; run <= WARM_RUNS; run++) {
            long start = System.nanoTime();
            NearestNeighbours knn = NearestNeighbours.of(points, defaults.neighbours() - 1, ProgressListener.NONE, Cancellation.none());
            neighbours[run] = seconds(start);
            start = System.nanoTime();
            FuzzyGraph.of(knn, defaults.epochs());
            graph[run] = seconds(start);
            start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            new UmapLayout(defaults.neighbours(), defaults.epochs(), defaults.minDist(), defaults.seed())
                    .fit(points, ProgressListener.NONE, Cancellation.none());
            fit[run] = seconds(start);
            fitThreadCpu[run] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        LOG.info(String.format("UMAP fit n=%5d x 24: whole fit %.2f s cold, %.2f s warm; of the warm fit: neighbours %.2f s "
                        + "(worker threads), graph %.2f s; CPU of the fitting thread (start, graph, descent) %.2f s",
                n, fit[0], bestWarm(fit), bestWarm(neighbours), bestWarm(graph), bestWarm(fitThreadCpu)));
    }

    private static void timeEndToEnd(int n) {
        GaussianBlobs data = blobs(n);
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
        LOG.info(String.format("n=%6d x 24: UMAP project() %.1f s (%d rows), PCA %.2f s, HDBSCAN* %.1f s -> %s; UMAP + HDBSCAN* %.1f s",
                n, umapSeconds, umap.length, pcaSeconds, clusterSeconds, clusters, umapSeconds + clusterSeconds));
    }

    private static double bestWarm(double[] runs) {
        return Arrays.stream(runs, 1, runs.length).min().orElseThrow();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}

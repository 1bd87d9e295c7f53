// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * HDBSCAN* (Campello et al. 2013) over Tribuo, Euclidean distance.
 *
 * <p>Tribuo builds the minimum spanning tree with Prim's algorithm over all pairs, O(n^2) time and one
 * thread. Above {@link DensityClusteringSettings#sampleLimit()} points we cluster a seeded random sample
 * (with {@code minClusterSize} scaled by the sample share, so a cluster still means the same share of the
 * data) and attach every other point to the cluster of its nearest clustered sample point when it is as dense
 * as that cluster's loosest member, else to noise (see {@link SampleAttachment}). The trade: clusters
 * smaller than about {@code n / sampleLimit} x
 * {@code minClusterSize}'s worth of sample points can be missed, and rims are judged on sample density.
 *
 * <p>Degenerate inputs never throw: no points gives an empty assignment, fewer points than
 * {@code minClusterSize} are all noise, identical points (at least {@code minClusterSize}) are one cluster.
 * Tribuo's own run cannot be interrupted; cancellation is checked before and after it.
 */
public final class HdbscanClusterer implements DensityClusterer {

    private static final Logger LOG = LoggerFactory.getLogger(HdbscanClusterer.class);

    private final DensityClusteringSettings settings;

    public HdbscanClusterer(DensityClusteringSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ClusterAssignment cluster(double[][] points, ProgressListener progress, Cancellation cancel) {
        requireRectangularAndFinite(points);
        int n = points.length;
        if (n < settings.minClusterSize()) {
            return ClusterAssignment.allNoise(n);
        }
        if (allIdentical(points)) {
            return ClusterAssignment.fromRawLabels(new int[n], -1, n);
        }
        int[] sampleIndex = sampleIndex(n);
        double[][] sample = Arrays.stream(sampleIndex).mapToObj(i -> points[i]).toArray(double[][]::new);
        int minClusterSize = Math.max(2, (int) Math.round((double) settings.minClusterSize() * sample.length / n));
        int minSamples = Math.min(settings.minSamples(), sample.length - 1);

        cancel.checkpoint();
        progress.update(0.05, "clustering " + sample.length + " points");
        long start = System.nanoTime();
        int[] sampleLabels = TribuoHdbscan.labels(sample, minClusterSize, Math.max(1, minSamples));
        LOG.debug("HDBSCAN* on {} points took {} ms", sample.length, (System.nanoTime() - start) / 1_000_000);
        cancel.checkpoint();
        progress.update(0.85, "clustered " + sample.length + " points");

        int[] raw = sample.length == n ? sampleLabels : attachRest(points, sampleIndex, sample, sampleLabels, minSamples, cancel);
        progress.update(1, "clustered " + n + " points");
        return ClusterAssignment.fromRawLabels(raw, TribuoHdbscan.NOISE, sample.length);
    }

    private int[] sampleIndex(int n) {
        if (n <= settings.sampleLimit()) {
            return IntStream.range(0, n).toArray();
        }
        int[] all = IntStream.range(0, n).toArray();
        Random random = new Random(settings.seed());
        for (int i = 0; i < settings.sampleLimit(); i++) { // partial Fisher-Yates
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] sample = Arrays.copyOf(all, settings.sampleLimit());
        Arrays.sort(sample);
        return sample;
    }

    private static int[] attachRest(double[][] points, int[] sampleIndex, double[][] sample, int[] sampleLabels,
                                    int minSamples, Cancellation cancel) {
        SampleAttachment attachment = new SampleAttachment(sample, sampleLabels, TribuoHdbscan.NOISE, minSamples, cancel);
        int[] raw = new int[points.length];
        boolean[] inSample = new boolean[points.length];
        for (int s = 0; s < sampleIndex.length; s++) {
            raw[sampleIndex[s]] = sampleLabels[s];
            inSample[sampleIndex[s]] = true;
        }
        int[] rest = IntStream.range(0, points.length).filter(i -> !inSample[i]).toArray();
        for (int from = 0; from < rest.length; from += 1024) {
            cancel.checkpoint();
            IntStream.range(from, Math.min(rest.length, from + 1024)).parallel()
                    .forEach(r -> raw[rest[r]] = attachment.attach(points[rest[r]]));
        }
        return raw;
    }

    private static boolean allIdentical(double[][] points) {
        return Arrays.stream(points).allMatch(row -> Arrays.equals(row, points[0]));
    }

    static void requireRectangularAndFinite(double[][] points) {
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != points[0].length) {
                throw new IllegalArgumentException("point " + i + " has " + points[i].length + " values, point 0 has " + points[0].length);
            }
            for (double v : points[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("point " + i + " holds a non-finite value: " + v);
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.analysis.result.PairOutcome;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The scatter's points in flat arrays (about 16 bytes a point) so 100k of them render and index
 * without boxing. Point {@code i} is the i-th outcome; {@link #pairId(int)} maps back to the pair.
 */
public final class ScatterPoints {

    public static final ScatterPoints EMPTY = of(List.of());

    private final float[] x;
    private final float[] y;
    private final int[] cluster;
    private final int[] pairId;
    private final int[] indexOfPair;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    private ScatterPoints(float[] x, float[] y, int[] cluster, int[] pairId) {
        this.x = x;
        this.y = y;
        this.cluster = cluster;
        this.pairId = pairId;
        int maxPair = Arrays.stream(pairId).max().orElse(-1);
        this.indexOfPair = new int[maxPair + 1];
        Arrays.fill(indexOfPair, -1);
        for (int i = 0; i < pairId.length; i++) {
            indexOfPair[pairId[i]] = i;
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        boolean empty = x.length == 0;
        this.minX = empty ? -1 : x0;
        this.maxX = empty ? 1 : x1;
        this.minY = empty ? -1 : y0;
        this.maxY = empty ? 1 : y1;
    }

    /** Non-diverged pairs count as unclustered whatever their cluster field says. */
    public static ScatterPoints of(List<PairOutcome> outcomes) {
        int n = outcomes.size();
        float[] x = new float[n];
        float[] y = new float[n];
        int[] cluster = new int[n];
        int[] pairId = new int[n];
        for (int i = 0; i < n; i++) {
            PairOutcome outcome = outcomes.get(i);
            x[i] = (float) outcome.x();
            y[i] = (float) outcome.y();
            cluster[i] = outcome.diverged() ? outcome.cluster() : PairOutcome.NO_CLUSTER;
            pairId[i] = outcome.pairId();
        }
        return new ScatterPoints(x, y, cluster, pairId);
    }

    /** The stored layout of an analysed run, as read in one query. */
    public static ScatterPoints of(dev.shiftlens.storage.ScatterLayout layout) {
        return new ScatterPoints(layout.x(), layout.y(), layout.cluster(), layout.pairId());
    }

    /** Raw arrays, for benchmarks and tests that build many points without records. */
    public static ScatterPoints of(float[] x, float[] y, int[] cluster) {
        int[] pairId = new int[x.length];
        Arrays.setAll(pairId, i -> i);
        return new ScatterPoints(x.clone(), y.clone(), cluster.clone(), pairId);
    }

    public int size() {
        return x.length;
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    /** The point's cluster, or -1 for noise and non-diverged pairs. */
    public int cluster(int i) {
        return cluster[i];
    }

    public int pairId(int i) {
        return pairId[i];
    }

    public OptionalInt indexOfPair(int pair) {
        return pair >= 0 && pair < indexOfPair.length && indexOfPair[pair] >= 0
                ? OptionalInt.of(indexOfPair[pair]) : OptionalInt.empty();
    }

    public double minX() {
        return minX;
    }

    public double maxX() {
        return maxX;
    }

    public double minY() {
        return minY;
    }

    public double maxY() {
        return maxY;
    }
}

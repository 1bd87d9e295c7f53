// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * UMAP (McInnes et al. 2018) to 2-D, fitted by {@link UmapLayout} (plain Java, no native code).
 *
 * <p>Steps: inputs wider than {@link UmapSettings#maxInputDimensions()} are reduced by {@link PcaReducer};
 * UMAP is fitted on a seeded sample of at most {@link UmapSettings#sampleLimit()} points; every other point
 * is placed at the inverse-distance-weighted mean of its nearest sampled neighbours' positions. The trade:
 * the fit grows with the square of the points (exact neighbours), while the sample keeps any input at the
 * sample's cost plus a linear placement pass; placed points sit inside the structure the sample found (they
 * cannot form a new island, and structures too small to be sampled fold into their neighbours).
 *
 * <p>Fewer than {@value #MIN_POINTS} points (too few for a neighbourhood graph) or identical points use
 * {@link PcaProjector}. Should the fit fail or give non-finite values, the failure is logged and the PCA
 * layout is returned, as a 2-D view is only a view.
 */
public final class UmapProjector implements Projector {

    static final int MIN_POINTS = 16;
    private static final Logger LOG = LoggerFactory.getLogger(UmapProjector.class);

    private final UmapSettings settings;

    public UmapProjector(UmapSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public UmapProjector() {
        this(UmapSettings.defaults());
    }

    @Override
    public double[][] project(double[][] points, ProgressListener progress, Cancellation cancel) {
        int width = Rows.requireRectangularAndFinite(points);
        if (points.length < MIN_POINTS || width < 2 || Rows.allIdentical(points)) {
            return new PcaProjector().project(points, progress, cancel);
        }
        cancel.checkpoint();
        double[][] input = width > settings.maxInputDimensions()
                ? PcaReducer.fit(points, settings.maxInputDimensions()).reduce(points)
                : points;
        progress.update(0.05, "reduced " + width + " to " + input[0].length + " dimensions");

        int[] sampleIndex = sampleIndex(input.length);
        double[][] sample = Arrays.stream(sampleIndex).mapToObj(i -> input[i]).toArray(double[][]::new);
        cancel.checkpoint();
        progress.update(0.1, "fitting UMAP on " + sample.length + " points");
        double[][] sampleLayout = fitOrFallBack(sample, progress.slice(0.1, 0.85), cancel);
        cancel.checkpoint();
        progress.update(0.85, "placing " + (input.length - sample.length) + " further points");

        double[][] layout = place(input, sampleIndex, sample, sampleLayout, cancel);
        progress.update(1, "projected " + points.length + " points");
        return layout;
    }

    private double[][] fitOrFallBack(double[][] sample, ProgressListener progress, Cancellation cancel) {
        try {
            double[][] fitted = new UmapLayout(settings.neighbours(), settings.epochs(), settings.minDist(), settings.seed())
                    .fit(sample, progress, cancel);
            if (Rows.allFinite(fitted)) {
                return fitted;
            }
            LOG.warn("UMAP gave non-finite positions for {} points; showing the PCA layout instead", sample.length);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("UMAP failed on {} points ({}); showing the PCA layout instead", sample.length, e.toString(), e);
        }
        return new PcaProjector().project(sample, ProgressListener.NONE, cancel);
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

    private double[][] place(double[][] input, int[] sampleIndex, double[][] sample, double[][] sampleLayout,
                             Cancellation cancel) {
        double[][] layout = new double[input.length][];
        for (int s = 0; s < sampleIndex.length; s++) {
            layout[sampleIndex[s]] = sampleLayout[s].clone();
        }
        int[] rest = IntStream.range(0, input.length).filter(i -> layout[i] == null).toArray();
        for (int from = 0; from < rest.length; from += 1024) {
            cancel.checkpoint();
            IntStream.range(from, Math.min(rest.length, from + 1024)).parallel().forEach(r -> layout[rest[r]] =
                    NeighbourPlacement.place(input[rest[r]], sample, sampleLayout, settings.placementNeighbours()));
        }
        return layout;
    }
}

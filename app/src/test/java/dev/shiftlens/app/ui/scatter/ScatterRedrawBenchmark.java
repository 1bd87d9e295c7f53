// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Random;

/**
 * Measures a full redraw of the pixel-buffer scatter (render into the int[] only, no stage) for
 * 10k and 100k points at 1200x700, plain and with one cluster focused. Not a unit test: run it as
 * a program (see the report in the commit) and read the log.
 */
public final class ScatterRedrawBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ScatterRedrawBenchmark.class);
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    private ScatterRedrawBenchmark() {
    }

    public static void main(String[] args) {
        for (int n : new int[] {10_000, 100_000}) {
            ScatterPoints points = points(n);
            Viewport viewport = Viewport.fit(points, WIDTH, HEIGHT);
            ScatterRenderer renderer = new ScatterRenderer();
            int[] pixels = new int[WIDTH * HEIGHT];
            PointColouring colouring = PointColouring.byCluster(points, java.util.Map.of());
            ScatterPaint plain = ScatterPaint.of(points, colouring, -1, new java.util.BitSet(), -1, ClusterPalette.BACKGROUND);
            ScatterPaint focused = ScatterPaint.of(points, colouring, 3, new java.util.BitSet(), 17, ClusterPalette.BACKGROUND);
            measure("plain", n, () -> renderer.render(pixels, viewport, points, plain));
            measure("cluster focused", n, () -> renderer.render(pixels, viewport, points, focused));
            Viewport zoomed = viewport.zoomAt(4, WIDTH / 2.0, HEIGHT / 2.0);
            measure("zoomed 4x", n, () -> renderer.render(pixels, zoomed, points, plain));
            measure("recolour (paint for a new focus)", n,
                    () -> ScatterPaint.of(points, colouring, 5, new java.util.BitSet(), 3, ClusterPalette.BACKGROUND));
            PointIndex index = new PointIndex(points);
            Random random = new Random(3);
            measure("1000 nearest-point lookups", n, () -> {
                for (int k = 0; k < 1_000; k++) {
                    index.nearest(viewport.toDataX(random.nextInt(WIDTH)), viewport.toDataY(random.nextInt(HEIGHT)), 8 / viewport.scale());
                }
            });
        }
    }

    private static void measure(String what, int n, Runnable render) {
        for (int i = 0; i < 100; i++) {
            render.run();
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            render.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        LOG.info(String.format(java.util.Locale.ROOT, "%,7d points, %-27s median %6.2f ms, p95 %6.2f ms, max %6.2f ms",
                n, what + ":", nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6));
    }

    private static ScatterPoints points(int n) {
        Random random = new Random(42);
        float[] x = new float[n];
        float[] y = new float[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(12) - 2;
            cluster[i] = c;
            double cx = c < 0 ? 0 : Math.cos(c) * 8;
            double cy = c < 0 ? 0 : Math.sin(c) * 8;
            double spread = c < 0 ? 6 : 1.2;
            x[i] = (float) (cx + random.nextGaussian() * spread);
            y[i] = (float) (cy + random.nextGaussian() * spread);
        }
        return ScatterPoints.of(x, y, cluster);
    }
}

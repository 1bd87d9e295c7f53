// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Redraw after pan/zoom on a real stage (run under Xvfb), for 10k and 100k points in a 1200x700
 * scatter: (1) render into the int[] plus {@code PixelBuffer.updateBuffer} on the FX thread, the
 * work the view does per change; (2) pan, then {@code scene.snapshot}, which forces the scene to
 * render with the changed image uploaded (an upper bound: it also reads the frame back);
 * (3) frame-to-frame time while panning on every pulse. Not a unit test: run it as a program.
 */
public final class ScatterFrameBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ScatterFrameBenchmark.class);
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    private ScatterFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        started.get(20, TimeUnit.SECONDS);
        for (int n : new int[] {10_000, 100_000}) {
            run(n);
        }
        Platform.exit();
    }

    private static void run(int n) throws Exception {
        ScatterViewModel viewModel = new ScatterViewModel();
        ScatterPoints points = points(n);
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            viewModel.show(points, Map.of(), Map.of(), List.of(), List.of(), QueryExcerpts.NONE, PointValues.NONE);
            ScatterView view = new ScatterView(viewModel);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, WIDTH, HEIGHT));
            stage.show();
            shown.complete(stage);
        });
        Stage stage = shown.get(20, TimeUnit.SECONDS);
        Thread.sleep(500);

        // (1) the per-change work on the FX thread, through a buffer like the view's
        long[] updates = onFx(() -> {
            int[] pixels = new int[WIDTH * HEIGHT];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(WIDTH, HEIGHT, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            new WritableImage(buffer);
            viewModel.resize(WIDTH, HEIGHT);
            long[] nanos = new long[200];
            for (int i = 0; i < nanos.length + 50; i++) {
                long start = System.nanoTime();
                viewModel.panBy(i % 2 == 0 ? 3 : -3, 1);
                buffer.updateBuffer(unused -> {
                    viewModel.render(pixels);
                    return null;
                });
                if (i >= 50) {
                    nanos[i - 50] = System.nanoTime() - start;
                }
            }
            return nanos;
        });
        report(n, "pan + render + updateBuffer (FX thread)", updates);

        // (2) pan or zoom, then force a full scene render with the new image
        long[] snapshots = onFx(() -> {
            long[] nanos = new long[60];
            for (int i = 0; i < nanos.length + 10; i++) {
                long start = System.nanoTime();
                if (i % 2 == 0) {
                    viewModel.panBy(5, 2);
                } else {
                    viewModel.zoomAt(i % 4 == 1 ? 1.1 : 1 / 1.1, WIDTH / 2.0, HEIGHT / 2.0);
                }
                stage.getScene().getRoot().requestLayout();
                // the view redraws on the next runLater; do it here so the snapshot shows this frame
                ((ScatterView) stage.getScene().getRoot()).redrawNow();
                stage.getScene().snapshot(null);
                if (i >= 10) {
                    nanos[i - 10] = System.nanoTime() - start;
                }
            }
            return nanos;
        });
        report(n, "pan/zoom + redraw + scene snapshot", snapshots);

        // (3) pan on every pulse and time the pulses
        long[] frames = new long[240];
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private long last;
            private int k = -30;

            @Override
            public void handle(long now) {
                if (last != 0 && k >= 0 && k < frames.length) {
                    frames[k] = now - last;
                }
                last = now;
                k++;
                viewModel.panBy(k % 2 == 0 ? 4 : -4, 0);
                if (k >= frames.length) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(60, TimeUnit.SECONDS);
        report(n, "pulse interval while panning every pulse", frames);
        Platform.runLater(stage::close);
    }

    private static void report(int n, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        LOG.info(String.format(Locale.ROOT, "%,7d points, %-42s median %6.2f ms, p95 %6.2f ms, max %6.2f ms", n, what + ":",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 95 / 100] / 1e6, sorted[sorted.length - 1] / 1e6));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    static ScatterPoints points(int n) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import smile.manifold.UMAP;
import smile.math.MathEx;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The adapter over Smile's UMAP.
 *
 * <p>Seeding: Smile draws random numbers from a generator seeded through the static {@link MathEx#setSeed};
 * one lock makes seeding and fitting one step on one thread, so two projections cannot disturb each other's
 * sequence (they run one after the other).
 *
 * <p>Time limit: for inputs up to 10,000 points whose neighbour graph is connected, Smile 4.4 always starts
 * from a spectral layout computed by ARPACK (smallest eigenvalues). On well-separated clusters that
 * computation can stall for minutes and then fail (measured: 106 s, then "0 eigenvalues"). Native code
 * cannot be interrupted, so the fit runs on its own daemon thread and the caller stops waiting after the time
 * limit (or on cancellation) and gets nothing; the abandoned fit finishes in the background, holding the lock.
 */
final class SmileUmap {

    private static final ReentrantLock SEEDED_RUN = new ReentrantLock();

    private SmileUmap() {
    }

    static Optional<double[][]> fit(double[][] rows, int neighbours, int epochs, double minDist, long seed,
                                    long timeLimitMillis, Cancellation cancel) {
        UMAP.Options options = new UMAP.Options(neighbours, 2, epochs, 1.0, minDist, 1.0, 5, 1.0, 1.0);
        CompletableFuture<double[][]> layout = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("umap-fit").start(() -> {
            SEEDED_RUN.lock();
            try {
                MathEx.setSeed(seed);
                layout.complete(UMAP.fit(rows, options));
            } catch (RuntimeException | Error e) {
                layout.completeExceptionally(e);
            } finally {
                SEEDED_RUN.unlock();
            }
        });
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeLimitMillis);
        while (true) {
            cancel.checkpoint();
            try {
                return Optional.of(layout.get(200, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }
}

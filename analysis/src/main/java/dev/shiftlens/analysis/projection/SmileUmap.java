// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import smile.manifold.UMAP;
import smile.math.MathEx;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The adapter over Smile's UMAP. Smile draws its random numbers from a generator seeded through the static
 * {@link MathEx#setSeed}; one lock makes seeding and fitting one step, so two projections running at once
 * cannot disturb each other's sequence (they run one after the other instead).
 */
final class SmileUmap {

    private static final ReentrantLock SEEDED_RUN = new ReentrantLock();

    private SmileUmap() {
    }

    static double[][] fit(double[][] rows, int neighbours, int epochs, double minDist, long seed) {
        UMAP.Options options = new UMAP.Options(neighbours, 2, epochs, 1.0, minDist, 1.0, 5, 1.0, 1.0);
        SEEDED_RUN.lock();
        try {
            MathEx.setSeed(seed);
            return UMAP.fit(rows, options);
        } finally {
            SEEDED_RUN.unlock();
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import java.util.Random;

/**
 * Seeded test data: {@code blobs} Gaussian blobs (sd 1) with centres {@code separation} apart on distinct
 * axes, plus uniform noise over the box [-span, span]^d. {@code truth[i]} is the blob, or -1 for noise.
 */
public record GaussianBlobs(double[][] points, int[] truth, int blobs) {

    public static GaussianBlobs of(int blobs, int perBlob, int noise, int dimension, double separation, double span, long seed) {
        Random random = new Random(seed);
        int n = blobs * perBlob + noise;
        double[][] points = new double[n][dimension];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int blob = i < blobs * perBlob ? i % blobs : -1;
            truth[i] = blob;
            for (int d = 0; d < dimension; d++) {
                points[i][d] = blob < 0
                        ? (random.nextDouble() * 2 - 1) * span
                        : random.nextGaussian() + (d == blob % dimension ? separation * (1 + blob / dimension) : 0);
            }
        }
        return new GaussianBlobs(points, truth, blobs);
    }
}

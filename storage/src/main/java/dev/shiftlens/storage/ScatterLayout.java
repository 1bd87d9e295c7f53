// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * Every analysed pair's scatter position in flat arrays (index {@code i} is one pair), read in
 * one query so a 100k-pair run opens without building 100k records.
 *
 * @param cluster the pair's cluster, or -1 when not diverged or noise
 */
public record ScatterLayout(int[] pairId, float[] x, float[] y, int[] cluster, boolean[] diverged, float[] divergence) {

    public static final ScatterLayout EMPTY = new ScatterLayout(new int[0], new float[0], new float[0], new int[0],
            new boolean[0], new float[0]);

    public int size() {
        return pairId.length;
    }
}

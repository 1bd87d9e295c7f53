// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

/** Groups points that lie in dense regions and labels the rest noise; deterministic for a given input. */
public interface DensityClusterer {

    /**
     * @param points n rows of equal length (Euclidean space); n may be 0
     * @throws dev.shiftlens.analysis.work.CancelledException once {@code cancel} was asked
     * @throws IllegalArgumentException when rows differ in length or hold NaN/infinite values
     */
    ClusterAssignment cluster(double[][] points, ProgressListener progress, Cancellation cancel);
}

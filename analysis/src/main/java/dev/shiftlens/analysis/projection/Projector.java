// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

/** Lays points out in the plane so that neighbours stay neighbours; deterministic for a given input. */
public interface Projector {

    /**
     * @param points n rows of equal length; n may be 0
     * @return n rows of two finite coordinates, in input order
     * @throws dev.shiftlens.analysis.work.CancelledException once {@code cancel} was asked
     * @throws IllegalArgumentException when rows differ in length or hold NaN/infinite values
     */
    double[][] project(double[][] points, ProgressListener progress, Cancellation cancel);
}

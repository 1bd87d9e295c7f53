// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

/**
 * The first two principal components: linear, fast (well under a second for 20k points), keeps global
 * distances but not local neighbourhoods. The fallback when UMAP cannot run or is not wanted.
 * Inputs narrower than 2 get a zero second coordinate; identical points all land on the origin.
 */
public final class PcaProjector implements Projector {

    @Override
    public double[][] project(double[][] points, ProgressListener progress, Cancellation cancel) {
        Rows.requireRectangularAndFinite(points);
        cancel.checkpoint();
        progress.update(0, "fitting principal components");
        PcaReducer reducer = PcaReducer.fit(points, 2);
        double[][] reduced = reducer.reduce(points);
        double[][] plane = new double[points.length][2];
        for (int i = 0; i < plane.length; i++) {
            System.arraycopy(reduced[i], 0, plane[i], 0, reduced[i].length);
        }
        progress.update(1, "projected " + points.length + " points");
        return plane;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import java.util.BitSet;

/**
 * The final colour of every point and the order to draw them in (context first, focus last),
 * worked out once when the colouring, focus or selection changes, so a redraw after pan or zoom
 * is one pass over the points.
 *
 * @param selectedPoint the point to ring, or -1
 */
public record ScatterPaint(int[] colour, int[] order, int background, int selectedPoint) {

    public static final ScatterPaint EMPTY = new ScatterPaint(new int[0], new int[0], ClusterPalette.BACKGROUND, -1);

    /** How far a point out of focus is washed towards the background. */
    static final double OUT_OF_FOCUS = 0.75;
    /** Context points are light already: out of focus they fade less, so the run's shape stays readable. */
    static final double CONTEXT_OUT_OF_FOCUS = 0.4;
    /** How far noise and non-diverged points are washed towards the background. */
    static final double CONTEXT = 0.45;

    /**
     * @param highlightedCluster the focused cluster, or -1
     * @param selection          points in the box or lasso selection; empty: no selection
     */
    public static ScatterPaint of(ScatterPoints points, PointColouring colouring, int highlightedCluster, BitSet selection,
                                  int selectedPoint, int background) {
        int n = points.size();
        if (colouring.colour().length != n) {
            return new ScatterPaint(new int[0], new int[0], background, -1);
        }
        boolean focusing = highlightedCluster >= 0 || !selection.isEmpty();
        int[] colour = new int[n];
        int[] rank = new int[n];
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            boolean inFocus = !focusing
                    || (highlightedCluster < 0 || points.cluster(i) == highlightedCluster)
                    && (selection.isEmpty() || selection.get(i));
            int base = colouring.colour()[i];
            if (colouring.background()[i] && base != ClusterPalette.NOISE) {
                base = ClusterPalette.mix(base, background, CONTEXT);
            } else if (colouring.background()[i]) {
                base = ClusterPalette.mix(base, background, background == ClusterPalette.BACKGROUND ? 0 : 0.55);
            }
            colour[i] = inFocus ? base : ClusterPalette.mix(base, background, colouring.background()[i] ? CONTEXT_OUT_OF_FOCUS : OUT_OF_FOCUS);
            rank[i] = !inFocus ? 0 : colouring.background()[i] ? 1 : 2;
            counts[rank[i]]++;
        }
        int[] start = {0, counts[0], counts[0] + counts[1]};
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[rank[i]]++] = i;
        }
        return new ScatterPaint(colour, order, background, selectedPoint);
    }
}

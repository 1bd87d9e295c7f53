// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import java.util.Arrays;

/**
 * Draws the points as small filled discs straight into an ARGB int array (opaque colours, so the
 * array is valid premultiplied ARGB too). Noise goes first, clusters on top, the focused cluster
 * on top of those, then a ring around the selected point. No JavaFX here: a benchmark or test
 * renders without a stage.
 */
public final class ScatterRenderer {

    /** Disc of radius 2 (a 5x5 square without its corners); the selection ring is two pixels thick. */
    private static final int[][] DISC = disc(2);
    private static final int[][] RING = ring(6);

    /** What to draw on top of the plain picture. */
    public record Focus(int highlightedCluster, int selectedPoint) {
        public static final Focus NONE = new Focus(-1, -1);
    }

    public void render(int[] argb, Viewport viewport, ScatterPoints points, Focus focus) {
        int width = viewport.width();
        int height = viewport.height();
        if (argb.length < width * height) {
            throw new IllegalArgumentException("buffer of " + argb.length + " pixels is smaller than " + width + "x" + height);
        }
        Arrays.fill(argb, 0, width * height, ClusterPalette.BACKGROUND);
        boolean focused = focus.highlightedCluster() >= 0;
        // pass 1: noise and non-diverged pairs
        for (int i = 0; i < points.size(); i++) {
            if (points.cluster(i) < 0) {
                draw(argb, viewport, points, i, ClusterPalette.NOISE, DISC);
            }
        }
        // pass 2: clusters, washed out when another cluster has the focus
        for (int i = 0; i < points.size(); i++) {
            int cluster = points.cluster(i);
            if (cluster >= 0 && cluster != focus.highlightedCluster()) {
                int colour = ClusterPalette.colour(cluster);
                draw(argb, viewport, points, i, focused ? ClusterPalette.dimmed(colour) : colour, DISC);
            }
        }
        // pass 3: the focused cluster on top of everything
        if (focused) {
            int colour = ClusterPalette.colour(focus.highlightedCluster());
            for (int i = 0; i < points.size(); i++) {
                if (points.cluster(i) == focus.highlightedCluster()) {
                    draw(argb, viewport, points, i, colour, DISC);
                }
            }
        }
        if (focus.selectedPoint() >= 0 && focus.selectedPoint() < points.size()) {
            draw(argb, viewport, points, focus.selectedPoint(), ClusterPalette.SELECTION_RING, RING);
        }
    }

    private static void draw(int[] argb, Viewport viewport, ScatterPoints points, int i, int colour, int[][] shape) {
        int width = viewport.width();
        int height = viewport.height();
        int px = (int) Math.round(viewport.toPixelX(points.x(i)));
        int py = (int) Math.round(viewport.toPixelY(points.y(i)));
        int reach = shape[shape.length - 1][0];
        if (px < -reach || py < -reach || px >= width + reach || py >= height + reach) {
            return;
        }
        boolean inside = px >= reach && py >= reach && px < width - reach && py < height - reach;
        for (int[] offset : shape) {
            int x = px + offset[1];
            int y = py + offset[0];
            if (inside || x >= 0 && y >= 0 && x < width && y < height) {
                argb[y * width + x] = colour;
            }
        }
    }

    private static int[][] disc(int radius) {
        return shape(radius, (dx, dy) -> dx * dx + dy * dy <= radius * radius + radius);
    }

    private static int[][] ring(int radius) {
        return shape(radius, (dx, dy) -> {
            int d = dx * dx + dy * dy;
            int inner = radius - 2;
            return d <= radius * radius + radius && d >= inner * inner + inner;
        });
    }

    private interface Inside {
        boolean test(int dx, int dy);
    }

    /** Offsets {dy, dx} sorted by dy, so the last one's dy is the shape's reach. */
    private static int[][] shape(int radius, Inside inside) {
        return java.util.stream.IntStream.rangeClosed(-radius, radius).boxed()
                .flatMap(dy -> java.util.stream.IntStream.rangeClosed(-radius, radius)
                        .filter(dx -> inside.test(dx, dy)).mapToObj(dx -> new int[] {dy, dx}))
                .toArray(int[][]::new);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import java.util.Arrays;

/**
 * Draws the points as small filled discs straight into an ARGB int array (opaque colours, so the
 * array is valid premultiplied ARGB too), in the order and colours a {@link ScatterPaint} worked
 * out, then a ring around the selected point. No JavaFX here: a benchmark or test renders without
 * a stage.
 */
public final class ScatterRenderer {

    /** Disc of radius 2 (a 5x5 square without its corners); the selection ring is two pixels thick. */
    private static final int[][] DISC = disc(2);
    private static final int[][] RING = ring(6);

    /** Draws every point in the paint's order and colour, then the ring around the selected point. */
    public void render(int[] argb, Viewport viewport, ScatterPoints points, ScatterPaint paint) {
        int width = viewport.width();
        int height = viewport.height();
        if (argb.length < width * height) {
            throw new IllegalArgumentException("buffer of " + argb.length + " pixels is smaller than " + width + "x" + height);
        }
        Arrays.fill(argb, 0, width * height, paint.background());
        int[] colour = paint.colour();
        for (int i : paint.order()) {
            draw(argb, viewport, points, i, colour[i], DISC);
        }
        if (paint.selectedPoint() >= 0 && paint.selectedPoint() < points.size()) {
            int ring = paint.background() == ClusterPalette.BACKGROUND ? ClusterPalette.SELECTION_RING : 0xFFFFFFFF;
            draw(argb, viewport, points, paint.selectedPoint(), ring, RING);
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

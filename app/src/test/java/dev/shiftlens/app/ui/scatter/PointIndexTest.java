// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PointIndexTest {

    @Test
    void nearestPointAgreesWithAScanOverAllPoints() {
        Random random = new Random(1);
        int n = 5_000;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * 10);
            y[i] = (float) (random.nextGaussian() * 3);
        }
        ScatterPoints points = ScatterPoints.of(x, y, new int[n]);
        PointIndex index = new PointIndex(points);

        for (int probe = 0; probe < 2_000; probe++) {
            double px = random.nextGaussian() * 12;
            double py = random.nextGaussian() * 4;
            double radius = random.nextDouble() * 2;
            OptionalInt expected = scan(points, px, py, radius);
            OptionalInt found = index.nearest(px, py, radius);
            assertThat(found.isPresent()).isEqualTo(expected.isPresent());
            if (expected.isPresent()) {
                assertThat(distance(points, found.getAsInt(), px, py)).isEqualTo(distance(points, expected.getAsInt(), px, py));
            }
        }
    }

    @Test
    void anEmptyScatterHasNoNearestPoint() {
        assertThat(new PointIndex(ScatterPoints.EMPTY).nearest(0, 0, 100)).isEmpty();
    }

    @Test
    void pointsOnOneSpotAreFound() {
        ScatterPoints points = ScatterPoints.of(new float[] {2, 2, 2}, new float[] {5, 5, 5}, new int[3]);

        assertThat(new PointIndex(points).nearest(2.1, 5, 0.5)).isPresent();
    }

    private static OptionalInt scan(ScatterPoints points, double x, double y, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int i = 0; i < points.size(); i++) {
            double d = distance(points, i, x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static double distance(ScatterPoints points, int i, double x, double y) {
        double dx = points.x(i) - x;
        double dy = points.y(i) - y;
        return dx * dx + dy * dy;
    }
}

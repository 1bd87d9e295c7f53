// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.cluster.GaussianBlobs;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PcaReducerTest {

    @Test
    void reducesToTheRequestedNumberOfDimensionsAlongTheWidestSpread() {
        Random random = new Random(5);
        double[][] points = IntStream.range(0, 500).mapToObj(i -> {
            double t = random.nextGaussian() * 10;
            return new double[] {t, t, random.nextGaussian() * 0.1, random.nextGaussian() * 0.1};
        }).toArray(double[][]::new);

        PcaReducer reducer = PcaReducer.fit(points, 2);

        assertThat(reducer.dimension()).isEqualTo(2);
        double[] along = reducer.reduce(new double[] {10, 10, 0, 0});
        double[] origin = reducer.reduce(new double[] {0, 0, 0, 0});
        assertThat(Math.abs(along[0] - origin[0])).isCloseTo(Math.sqrt(200), within(0.1));
        assertThat(Math.abs(along[1] - origin[1])).isLessThan(0.1);
    }

    @Test
    void keepsAtMostTheInputWidth() {
        double[][] points = {{1, 2}, {3, 5}, {0, 1}};

        assertThat(PcaReducer.fit(points, 16).dimension()).isEqualTo(2);
    }

    @Test
    void refittingTheSameDataGivesTheSameReduction() {
        double[][] points = GaussianBlobs.of(3, 200, 50, 30, 8, 20, 4).points();

        assertThat(PcaReducer.fit(points, 5).reduce(points)).isDeepEqualTo(PcaReducer.fit(points, 5).reduce(points));
    }

    @Test
    void largeInputsAreFittedOnEvenlySpacedRows() {
        double[][] points = GaussianBlobs.of(3, 4000, 0, 20, 8, 0, 6).points();

        PcaReducer reducer = PcaReducer.fit(points, 16);

        assertThat(reducer.reduce(points)).hasNumberOfRows(12_000);
        assertThat(reducer.reduce(points)[0]).hasSize(16);
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 2})
    void fewPointsGiveAFiniteReduction(int n) {
        double[][] points = IntStream.range(0, n).mapToObj(i -> new double[] {i, 2.0 * i, 3}).toArray(double[][]::new);

        double[][] reduced = PcaReducer.fit(points, 2).reduce(points);

        assertThat(reduced).hasNumberOfRows(n);
        for (double[] row : reduced) {
            assertThat(row).hasSize(2);
            assertThat(Double.isFinite(row[0]) && Double.isFinite(row[1])).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 2, 5})
    void pcaProjectorGivesFiniteLayoutsForFewOrIdenticalPoints(int n) {
        double[][] identical = IntStream.range(0, n).mapToObj(i -> new double[] {4, 4, 4}).toArray(double[][]::new);
        double[][] oneWide = IntStream.range(0, n).mapToObj(i -> new double[] {i}).toArray(double[][]::new);

        UmapProjectorTest.assertFiniteLayoutOf(new PcaProjector().project(identical, ProgressListener.NONE, Cancellation.none()), n);
        UmapProjectorTest.assertFiniteLayoutOf(new PcaProjector().project(oneWide, ProgressListener.NONE, Cancellation.none()), n);
    }
}

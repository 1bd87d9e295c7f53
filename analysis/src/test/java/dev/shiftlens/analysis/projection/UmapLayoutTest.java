// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.cluster.GaussianBlobs;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UmapLayoutTest {

    private static final Pattern EPOCH = Pattern.compile("UMAP epoch (\\d+) of");

    private static UmapLayout layout(long seed) {
        return new UmapLayout(15, 200, 0.1, seed);
    }

    private static double[][] fit(UmapLayout layout, double[][] points) {
        return layout.fit(points, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void separatedBlobsIn20DimensionsStaySeparatedInThePlane() {
        GaussianBlobs blobs = GaussianBlobs.of(5, 200, 0, 20, 10, 0, 31);

        double[][] plane = fit(layout(7), blobs.points());

        assertThat(UmapProjectorTest.shareNearestToOwnBlobCentroid(plane, blobs)).isGreaterThan(0.95);
    }

    @Test
    void sixTightFarApartBlobsIn24DimensionsAreLaidOutApart() {
        // tight clusters far apart, six components of the neighbour graph: no eigen-solver is involved
        GaussianBlobs blobs = GaussianBlobs.of(6, 300, 0, 24, 60, 0, 32);

        double[][] plane = fit(layout(7), blobs.points());

        assertThat(UmapProjectorTest.shareNearestToOwnBlobCentroid(plane, blobs)).isGreaterThan(0.95);
        UmapProjectorTest.assertFiniteLayoutOf(plane, 1800);
    }

    @Test
    void sameInputAndSeedGiveTheSameBits() {
        double[][] points = GaussianBlobs.of(4, 150, 40, 24, 12, 30, 33).points();

        double[][] first = fit(layout(42), points);
        double[][] second = fit(layout(42), points);

        for (int i = 0; i < first.length; i++) {
            for (int c = 0; c < 2; c++) {
                assertThat(Double.doubleToRawLongBits(second[i][c])).as("point %d coordinate %d", i, c)
                        .isEqualTo(Double.doubleToRawLongBits(first[i][c]));
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherLayout() {
        double[][] points = GaussianBlobs.of(4, 150, 0, 24, 12, 0, 33).points();

        assertThat(fit(layout(1), points)).isNotEqualTo(fit(layout(2), points));
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 2, 3, 16})
    void fewPointsGiveAFiniteLayout(int n) {
        double[][] points = IntStream.range(0, n).mapToObj(i -> new double[] {i, i * i, -i}).toArray(double[][]::new);

        UmapProjectorTest.assertFiniteLayoutOf(fit(layout(3), points), n);
    }

    @ParameterizedTest(name = "{0} identical points")
    @ValueSource(ints = {2, 3, 50})
    void identicalPointsGiveAFiniteLayout(int n) {
        double[][] points = IntStream.range(0, n).mapToObj(i -> new double[] {1, 2, 3}).toArray(double[][]::new);

        UmapProjectorTest.assertFiniteLayoutOf(fit(layout(3), points), n);
    }

    @Test
    void oneDimensionalInputGivesAFiniteLayout() {
        double[][] points = IntStream.range(0, 40).mapToObj(i -> new double[] {i % 7}).toArray(double[][]::new);

        UmapProjectorTest.assertFiniteLayoutOf(fit(layout(3), points), 40);
    }

    @Test
    void cancellingStopsBeforeTheNextEpoch() {
        Cancellation cancel = new Cancellation();
        List<Integer> epochs = new CopyOnWriteArrayList<>();
        ProgressListener cancelAtEpochFive = (fraction, message) -> {
            Matcher epoch = EPOCH.matcher(message);
            if (epoch.find()) {
                epochs.add(Integer.parseInt(epoch.group(1)));
                if (epochs.getLast() == 5) {
                    cancel.cancel();
                }
            }
        };

        assertThatThrownBy(() -> layout(3).fit(GaussianBlobs.of(3, 100, 0, 20, 10, 0, 34).points(), cancelAtEpochFive, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(epochs).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void reportsEveryEpochAsProgress() {
        List<Double> fractions = new CopyOnWriteArrayList<>();

        layout(3).fit(GaussianBlobs.of(3, 50, 0, 20, 10, 0, 35).points(), (fraction, message) -> fractions.add(fraction),
                Cancellation.none());

        assertThat(fractions).last().isEqualTo(1.0);
        assertThat(fractions).filteredOn(f -> f > UmapLayout.NEIGHBOURS_SHARE).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void curveForMinDistOneTenthIsUmapLearns() {
        UmapCurve curve = UmapCurve.fit(0.1, 1);

        assertThat(curve.a()).isCloseTo(1.577, within(0.002));
        assertThat(curve.b()).isCloseTo(0.895, within(0.002));
    }

    @ParameterizedTest(name = "minDist {0}")
    @CsvSource(textBlock = """
            0.001
            0.1
            0.25
            0.5
            0.99
            """)
    void curveIsALeastSquaresFitOfTheTarget(double minDist) {
        UmapCurve curve = UmapCurve.fit(minDist, 1);

        double best = squaredError(curve.a(), curve.b(), minDist);
        for (double da : new double[] {-1e-3, 0, 1e-3}) {
            for (double db : new double[] {-1e-3, 0, 1e-3}) {
                assertThat(squaredError(curve.a() + da, curve.b() + db, minDist)).isGreaterThanOrEqualTo(best);
            }
        }
    }

    @Test
    void tighterPackingAllowedMeansASteeperCurve() {
        assertThat(UmapCurve.fit(0.01, 1).a()).isGreaterThan(UmapCurve.fit(0.1, 1).a());
        assertThat(UmapCurve.fit(0.1, 1).a()).isGreaterThan(UmapCurve.fit(0.5, 1).a());
    }

    private static double squaredError(double a, double b, double minDist) {
        double sum = 0;
        for (int s = 0; s < 300; s++) {
            double x = 3.0 * s / 299;
            double target = x < minDist ? 1 : Math.exp(-(x - minDist));
            double r = 1 / (1 + a * Math.pow(x, 2 * b)) - target;
            sum += r * r;
        }
        return sum;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.projection;

import dev.shiftlens.analysis.cluster.GaussianBlobs;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UmapProjectorTest {

    private static final GaussianBlobs THREE_BLOBS = GaussianBlobs.of(3, 100, 0, 20, 10, 0, 11);

    private static double[][] project(Projector projector, double[][] points) {
        return projector.project(points, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void separatedBlobsStaySeparatedInThePlane() {
        double[][] plane = project(new UmapProjector(), THREE_BLOBS.points());

        assertEveryPointNearestToItsOwnBlobCentroid(plane, THREE_BLOBS);
    }

    @Test
    void pointsPlacedFromTheSampleStayWithTheirBlob() {
        GaussianBlobs blobs = GaussianBlobs.of(3, 400, 0, 20, 10, 0, 12);
        UmapSettings sampled = new UmapSettings(15, 200, 0.1, 1, 300, 50, 8);

        double[][] plane = project(new UmapProjector(sampled), blobs.points());

        assertEveryPointNearestToItsOwnBlobCentroid(plane, blobs);
    }

    @Test
    void tightFarApartBlobsThatStalledTheSpectralStartAreLaidOutApart() {
        // tight clusters far apart, each its own component of the neighbour graph
        GaussianBlobs blobs = GaussianBlobs.of(6, 300, 0, 24, 40, 0, 21);

        double[][] plane = project(new UmapProjector(), blobs.points());

        assertThat(shareNearestToOwnBlobCentroid(plane, blobs)).isGreaterThan(0.95);
    }

    @Test
    void wideInputsArePreReducedAndStillSeparated() {
        GaussianBlobs wide = GaussianBlobs.of(3, 60, 0, 120, 10, 0, 13);

        double[][] plane = project(new UmapProjector(), wide.points());

        assertEveryPointNearestToItsOwnBlobCentroid(plane, wide);
    }

    @Test
    void sameSeedGivesSameLayout() {
        UmapProjector projector = new UmapProjector(UmapSettings.defaults().withSeed(99));

        assertThat(project(projector, THREE_BLOBS.points())).isDeepEqualTo(project(projector, THREE_BLOBS.points()));
    }

    @ParameterizedTest(name = "{0} points")
    @ValueSource(ints = {0, 1, 2, 3, 15, 16, 17})
    void fewPointsGiveAFiniteLayout(int n) {
        double[][] plane = project(new UmapProjector(), Arrays.copyOf(THREE_BLOBS.points(), n));

        assertFiniteLayoutOf(plane, n);
    }

    @ParameterizedTest(name = "{0} identical points")
    @ValueSource(ints = {2, 40})
    void identicalPointsGiveAFiniteLayout(int n) {
        double[][] points = IntStream.range(0, n).mapToObj(i -> new double[] {1, 2, 3}).toArray(double[][]::new);

        assertFiniteLayoutOf(project(new UmapProjector(), points), n);
    }

    @Test
    void manyDuplicatesAmongFewDistinctPointsGiveAFiniteLayout() {
        double[][] points = IntStream.range(0, 60).mapToObj(i -> new double[] {i % 3, (i % 3) * 2, 0, 1}).toArray(double[][]::new);

        assertFiniteLayoutOf(project(new UmapProjector(), points), 60);
    }

    @Test
    void differentSeedsMayGiveDifferentLayoutsThatAreEachSeparated() {
        double[][] one = project(new UmapProjector(UmapSettings.defaults().withSeed(1)), THREE_BLOBS.points());
        double[][] other = project(new UmapProjector(UmapSettings.defaults().withSeed(2)), THREE_BLOBS.points());

        assertThat(one).isNotEqualTo(other);
        assertEveryPointNearestToItsOwnBlobCentroid(one, THREE_BLOBS);
        assertEveryPointNearestToItsOwnBlobCentroid(other, THREE_BLOBS);
    }

    @Test
    void reportsProgressUpToTheEnd() {
        java.util.List<Double> fractions = new java.util.concurrent.CopyOnWriteArrayList<>();

        new UmapProjector().project(THREE_BLOBS.points(), (fraction, message) -> fractions.add(fraction), Cancellation.none());

        assertThat(fractions).isNotEmpty().last().isEqualTo(1.0);
        assertThat(fractions).allMatch(f -> f >= 0 && f <= 1);
    }

    @Test
    void cancelledWorkStopsWithCancelledException() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();

        assertThatThrownBy(() -> new UmapProjector().project(THREE_BLOBS.points(), ProgressListener.NONE, cancel))
                .isInstanceOf(CancelledException.class);
    }

    static void assertFiniteLayoutOf(double[][] plane, int n) {
        assertThat(plane).hasNumberOfRows(n);
        for (double[] xy : plane) {
            assertThat(xy).hasSize(2);
            assertThat(Double.isFinite(xy[0]) && Double.isFinite(xy[1])).isTrue();
        }
    }

    static double shareNearestToOwnBlobCentroid(double[][] plane, GaussianBlobs blobs) {
        double[][] centroids = centroids(plane, blobs);
        long own = IntStream.range(0, plane.length).filter(i -> nearest(plane[i], centroids) == blobs.truth()[i]).count();
        return (double) own / plane.length;
    }

    private static double[][] centroids(double[][] plane, GaussianBlobs blobs) {
        double[][] centroids = new double[blobs.blobs()][2];
        int[] counts = new int[blobs.blobs()];
        for (int i = 0; i < plane.length; i++) {
            int b = blobs.truth()[i];
            centroids[b][0] += plane[i][0];
            centroids[b][1] += plane[i][1];
            counts[b]++;
        }
        for (int b = 0; b < centroids.length; b++) {
            centroids[b][0] /= counts[b];
            centroids[b][1] /= counts[b];
        }
        return centroids;
    }

    private static int nearest(double[] xy, double[][] centroids) {
        int nearest = 0;
        for (int c = 1; c < centroids.length; c++) {
            if (Rows.squaredDistance(xy, centroids[c]) < Rows.squaredDistance(xy, centroids[nearest])) {
                nearest = c;
            }
        }
        return nearest;
    }

    static void assertEveryPointNearestToItsOwnBlobCentroid(double[][] plane, GaussianBlobs blobs) {
        double[][] centroids = new double[blobs.blobs()][2];
        int[] counts = new int[blobs.blobs()];
        for (int i = 0; i < plane.length; i++) {
            int b = blobs.truth()[i];
            centroids[b][0] += plane[i][0];
            centroids[b][1] += plane[i][1];
            counts[b]++;
        }
        for (int b = 0; b < centroids.length; b++) {
            centroids[b][0] /= counts[b];
            centroids[b][1] /= counts[b];
        }
        for (int i = 0; i < plane.length; i++) {
            int point = i;
            int nearest = IntStream.range(0, centroids.length).boxed()
                    .min((a, b) -> Double.compare(Rows.squaredDistance(plane[point], centroids[a]), Rows.squaredDistance(plane[point], centroids[b])))
                    .orElseThrow();
            assertThat(nearest).as("nearest centroid of point %d", i).isEqualTo(blobs.truth()[i]);
        }
    }
}

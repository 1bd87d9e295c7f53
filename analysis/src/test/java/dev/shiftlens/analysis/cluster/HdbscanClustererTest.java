// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HdbscanClustererTest {

    private static final GaussianBlobs BLOBS = GaussianBlobs.of(4, 150, 120, 8, 12, 30, 1);

    private static ClusterAssignment cluster(double[][] points, DensityClusteringSettings settings) {
        return new HdbscanClusterer(settings).cluster(points, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void separatedBlobsAreRecoveredAndUniformNoiseIsMostlyNoise() {
        ClusterAssignment assignment = cluster(BLOBS.points(), DensityClusteringSettings.defaultsFor(BLOBS.points().length));

        assertThat(assignment.clusterCount()).isEqualTo(4);
        assertBlobsRecovered(BLOBS, assignment);
    }

    @Test
    void sampledClusteringOfLargerInputAlsoRecoversBlobs() {
        GaussianBlobs large = GaussianBlobs.of(4, 1500, 1000, 8, 12, 30, 2);
        DensityClusteringSettings defaults = DensityClusteringSettings.defaultsFor(large.points().length);
        DensityClusteringSettings sampled = new DensityClusteringSettings(defaults.minClusterSize(), defaults.minSamples(), 5, 1500);

        ClusterAssignment assignment = cluster(large.points(), sampled);

        assertThat(assignment.clusteredDirectly()).isEqualTo(1500);
        assertThat(assignment.clusterCount()).isEqualTo(4);
        assertBlobsRecovered(large, assignment);
    }

    @Test
    void sameInputGivesSameAssignment() {
        DensityClusteringSettings settings = new DensityClusteringSettings(10, 5, 3, 300);

        assertThat(cluster(BLOBS.points(), settings)).isEqualTo(cluster(BLOBS.points(), settings));
    }

    @Test
    void clustersAreNumberedLargestFirst() {
        GaussianBlobs uneven = GaussianBlobs.of(1, 60, 0, 4, 0, 0, 3);
        double[][] points = IntStream.range(0, 100)
                .mapToObj(i -> i < 60 ? uneven.points()[i] : new double[] {50 + Math.sin(i), 50 + Math.cos(i), 0, 0})
                .toArray(double[][]::new);

        ClusterAssignment assignment = cluster(points, new DensityClusteringSettings(8, 5, 1, 5000));

        assertThat(assignment.clusterSizes()).isSortedAccordingTo((a, b) -> b - a);
        assertThat(assignment.labelOf(0)).isZero();
    }

    @ParameterizedTest(name = "{0} points of which {1} distinct give {2} clusters")
    @CsvSource(textBlock = """
            0,  0,  0
            1,  1,  0
            7,  7,  0
            7,  1,  0
            40, 1,  1
            """)
    void degenerateInputsReturnCleanly(int n, int distinct, int expectedClusters) {
        double[][] points = IntStream.range(0, n).mapToObj(i -> new double[] {i % distinct, 2 * (i % distinct), 1})
                .toArray(double[][]::new);

        ClusterAssignment assignment = cluster(points, DensityClusteringSettings.defaultsFor(n));

        assertThat(assignment.size()).isEqualTo(n);
        assertThat(assignment.clusterCount()).isEqualTo(expectedClusters);
        assertThat(assignment.noiseCount()).isEqualTo(expectedClusters == 0 ? n : 0);
    }

    @Test
    void twoDistinctValuesRepeatedManyTimesDoNotThrow() {
        double[][] points = IntStream.range(0, 50).mapToObj(i -> new double[] {i % 2, 0}).toArray(double[][]::new);

        ClusterAssignment assignment = cluster(points, DensityClusteringSettings.defaultsFor(points.length));

        assertThat(assignment.size()).isEqualTo(50);
    }

    @Test
    void rowsOfDifferentLengthAreRejectedWithTheOffendingRow() {
        double[][] points = {{1, 2}, {1, 2}, {3}};

        assertThatThrownBy(() -> cluster(points, DensityClusteringSettings.defaultsFor(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 2");
    }

    @Test
    void cancelledWorkStopsWithCancelledException() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();

        assertThatThrownBy(() -> new HdbscanClusterer(DensityClusteringSettings.defaultsFor(BLOBS.points().length))
                .cluster(BLOBS.points(), ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
    }

    @ParameterizedTest(name = "n={0}: minClusterSize {1}, minSamples {2}")
    @CsvSource(textBlock = """
            0,      8,   8
            300,    8,   8
            1000,   10,  10
            5000,   50,  10
            20000,  200, 10
            24798,  248, 10
            100000, 250, 10
            """)
    void defaultsScaleWithTheNumberOfPoints(int n, int minClusterSize, int minSamples) {
        DensityClusteringSettings settings = DensityClusteringSettings.defaultsFor(n);

        assertThat(settings.minClusterSize()).isEqualTo(minClusterSize);
        assertThat(settings.minSamples()).isEqualTo(minSamples);
    }

    /** Each blob's points mostly sit in one cluster that holds mostly that blob; noise stays mostly noise. */
    static void assertBlobsRecovered(GaussianBlobs data, ClusterAssignment assignment) {
        int[] labels = assignment.labels();
        for (int blob = 0; blob < data.blobs(); blob++) {
            int b = blob;
            int[] members = IntStream.range(0, labels.length).filter(i -> data.truth()[i] == b).toArray();
            int dominant = Arrays.stream(members).map(i -> labels[i]).boxed()
                    .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            long inDominant = Arrays.stream(members).filter(i -> labels[i] == dominant).count();
            long clusterSize = Arrays.stream(labels).filter(l -> l == dominant).count();
            long fromBlob = IntStream.range(0, labels.length).filter(i -> labels[i] == dominant && data.truth()[i] == b).count();
            assertThat(dominant).as("blob %d's main label", blob).isNotEqualTo(ClusterAssignment.NOISE);
            assertThat((double) inDominant / members.length).as("recall of blob %d", blob).isGreaterThan(0.9);
            assertThat((double) fromBlob / clusterSize).as("purity of blob %d's cluster", blob).isGreaterThan(0.9);
        }
        int[] noise = IntStream.range(0, labels.length).filter(i -> data.truth()[i] < 0).toArray();
        long labelledNoise = Arrays.stream(noise).filter(i -> labels[i] == ClusterAssignment.NOISE).count();
        assertThat((double) labelledNoise / noise.length).as("share of uniform noise left as noise").isGreaterThan(0.8);
    }
}

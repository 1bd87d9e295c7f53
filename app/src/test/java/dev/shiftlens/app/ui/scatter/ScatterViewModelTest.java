// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScatterViewModelTest {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 100;

    private final ScatterViewModel scatter = new ScatterViewModel();

    @BeforeEach
    void showFourPoints() {
        scatter.resize(WIDTH, HEIGHT);
        scatter.show(ScatterPoints.of(List.of(
                outcome(0, -1, -1, true, 0),
                outcome(1, 1, 1, true, 1),
                outcome(2, 1, -1, true, -1),
                outcome(3, -1, 1, false, -1))),
                Map.of(0, "Shorter answers", 1, "Adds citations"),
                Map.of(0, Verdict.REGRESSION, 1, Verdict.IMPROVEMENT),
                List.of("length_ratio"), List.of("region"),
                (pairId, whenKnown) -> whenKnown.accept("query of pair " + pairId),
                new PointValues() {
                    @Override
                    public void metric(String metric, java.util.function.Consumer<double[]> whenRead) {
                        whenRead.accept(new double[] {0.2, 1.0, Double.NaN, 0.6});
                    }

                    @Override
                    public void segment(String field, java.util.function.Consumer<String[]> whenRead) {
                        whenRead.accept(new String[] {"eu-west", "us-east", "eu-west", "(missing)"});
                    }
                });
    }

    @Test
    void clickingNearAPointSelectsItsPair() {
        double[] at = scatter.pixelOf(1).orElseThrow();

        assertThat(scatter.clickAt(at[0] + 3, at[1] - 2)).hasValue(1);
        assertThat(scatter.selectedPairProperty().get()).isEqualTo(1);
    }

    @Test
    void clickingFarFromEveryPointSelectsNothing() {
        assertThat(scatter.clickAt(WIDTH / 2.0, HEIGHT / 2.0)).isEmpty();
        assertThat(scatter.selectedPairProperty().get()).isEqualTo(ScatterViewModel.NONE);
    }

    @Test
    void hoveringShowsTheClusterLabelAndTheQueryExcerpt() {
        double[] at = scatter.pixelOf(0).orElseThrow();

        scatter.hoverAt(at[0] + 1, at[1]);

        assertThat(scatter.hoverProperty().get()).hasValueSatisfying(hover -> {
            assertThat(hover.pairId()).isZero();
            assertThat(hover.text()).isEqualTo("Shorter answers\nquery of pair 0");
        });
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseInPlace() {
        double[] before = scatter.pixelOf(1).orElseThrow();

        scatter.zoomAt(3, before[0], before[1]);

        assertThat(scatter.pixelOf(1).orElseThrow()).containsExactly(before, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scatter.pixelOf(0).orElseThrow()[0]).isLessThan(before[0] - 100);
    }

    @Test
    void panningMovesEveryPointByTheDrag() {
        double[] before = scatter.pixelOf(2).orElseThrow();

        scatter.panBy(15, -4);

        assertThat(scatter.pixelOf(2).orElseThrow()).containsExactly(new double[] {before[0] + 15, before[1] - 4},
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void pointsAreDrawnInTheirClusterColourAndNoiseInGrey() {
        int[] pixels = render();

        assertThat(pixelAt(pixels, 0)).isEqualTo(ClusterPalette.colour(0));
        assertThat(pixelAt(pixels, 1)).isEqualTo(ClusterPalette.colour(1));
        assertThat(pixelAt(pixels, 2)).isEqualTo(ClusterPalette.NOISE);
        assertThat(pixelAt(pixels, 3)).as("not diverged, whatever its cluster").isEqualTo(ClusterPalette.NOISE);
    }

    @Test
    void highlightingAClusterWashesOutTheOthers() {
        scatter.highlightCluster(1);
        int[] pixels = render();

        assertThat(pixelAt(pixels, 1)).isEqualTo(ClusterPalette.colour(1));
        assertThat(pixelAt(pixels, 0)).isEqualTo(ClusterPalette.dimmed(ClusterPalette.colour(0)));
    }

    @Test
    void everyChangeAsksForARedraw() {
        long before = scatter.revisionProperty().get();

        scatter.highlightCluster(0);
        scatter.selectPair(2);
        scatter.zoomIn();

        assertThat(scatter.revisionProperty().get()).isEqualTo(before + 3);
    }

    @Test
    void aBoxSelectsThePointsInsideIt() {
        double[] a = scatter.pixelOf(1).orElseThrow();
        double[] b = scatter.pixelOf(2).orElseThrow();

        scatter.selectBox(a[0] - 5, a[1] - 5, b[0] + 5, b[1] + 5);

        assertThat(scatter.selectedPairList()).containsExactly(1, 2);
    }

    @Test
    void aLassoSelectsThePointsInsideItsOutline() {
        double[] p0 = scatter.pixelOf(0).orElseThrow();
        double[] p2 = scatter.pixelOf(2).orElseThrow();
        double[] p3 = scatter.pixelOf(3).orElseThrow();
        // round 0, 2 and 3, cutting diagonally past 1 (the fourth corner)
        scatter.selectLasso(new double[] {p0[0] - 10, p0[1] + 10, p2[0] + 10, p2[1] + 10, p3[0] + 10, p3[1] - 10,
            p3[0] - 10, p3[1] - 10});

        assertThat(scatter.selectedPairList()).containsExactly(0, 2, 3);
    }

    @Test
    void aSelectionWashesOutThePointsOutsideIt() {
        double[] a = scatter.pixelOf(1).orElseThrow();
        scatter.selectBox(a[0] - 3, a[1] - 3, a[0] + 3, a[1] + 3);
        int[] pixels = render();

        assertThat(pixelAt(pixels, 1)).isEqualTo(ClusterPalette.colour(1));
        assertThat(pixelAt(pixels, 0)).isEqualTo(ClusterPalette.dimmed(ClusterPalette.colour(0)));

        scatter.clearSelection();
        assertThat(scatter.selectedPairsProperty().get()).isEmpty();
    }

    @Test
    void colouringByVerdictUsesTheVerdictColoursAndListsThemInTheLegend() {
        scatter.colourModeProperty().set(ColourMode.VERDICT);

        assertThat(pixelAt(render(), 0)).isEqualTo(0xFFC62828);
        assertThat(scatter.legendProperty().get().entries()).extracting(Legend.Entry::label)
                .containsExactly("regression", "improvement", "neutral", "noise or not diverged");

        scatter.updateVerdicts(Map.of(0, Verdict.NEUTRAL, 1, Verdict.IMPROVEMENT));
        assertThat(pixelAt(render(), 0)).as("after a reviewer's override").isEqualTo(0xFF757575);
    }

    @Test
    void colouringByAMetricUsesAContinuousScaleWithItsRangeInTheLegend() {
        scatter.colourModeProperty().set(new ColourMode.ByMetric("length_ratio"));

        assertThat(scatter.legendProperty().get().scale()).hasValueSatisfying(scale -> {
            assertThat(scale.low()).isEqualTo("0.20");
            assertThat(scale.high()).isEqualTo("1");
        });
        assertThat(pixelAt(render(), 1)).as("the top of the scale").isEqualTo(PointColouring.VIRIDIS[8]);
        assertThat(scatter.colourModes()).contains(new ColourMode.ByMetric("length_ratio"), new ColourMode.BySegment("region"));
    }

    @Test
    void colouringBySegmentGivesEachValueAColour() {
        scatter.colourModeProperty().set(new ColourMode.BySegment("region"));

        assertThat(scatter.legendProperty().get().entries()).extracting(Legend.Entry::label)
                .containsExactly("(missing)", "eu-west", "us-east");
        assertThat(pixelAt(render(), 1)).isEqualTo(ClusterPalette.colour(2));
    }

    private int[] render() {
        int[] pixels = new int[WIDTH * HEIGHT];
        scatter.render(pixels);
        return pixels;
    }

    private int pixelAt(int[] pixels, int pairId) {
        double[] at = scatter.pixelOf(pairId).orElseThrow();
        return pixels[(int) Math.round(at[1]) * WIDTH + (int) Math.round(at[0])];
    }

    private static PairOutcome outcome(int pairId, double x, double y, boolean diverged, int cluster) {
        return new PairOutcome(pairId, "r" + pairId, diverged ? 0.8 : 0.0, diverged, diverged ? cluster : 0, x, y, Map.of(), List.of());
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.PairOutcome;
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
        scatter.show(List.of(
                outcome(0, -1, -1, true, 0),
                outcome(1, 1, 1, true, 1),
                outcome(2, 1, -1, true, -1),
                outcome(3, -1, 1, false, -1)),
                Map.of(0, "Shorter answers", 1, "Adds citations"),
                (pairId, whenKnown) -> whenKnown.accept("query of pair " + pairId));
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

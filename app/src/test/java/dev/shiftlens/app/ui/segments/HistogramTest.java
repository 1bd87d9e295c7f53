// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramTest {

    @Test
    void smallCountsGetOneBinPerValueAndEachSeriesSumsToOne() {
        List<Histogram.Bin> bins = Histogram.of(List.of(new double[] {0, 0, 1, 2}, new double[] {2, 2, Double.NaN}));

        assertThat(bins).extracting(Histogram.Bin::label).containsExactly("0", "1", "2");
        assertThat(bins.get(0).shares()).containsExactly(0.5, 0.0);
        assertThat(bins.get(2).shares()).containsExactly(0.25, 1.0);
    }

    @Test
    void longLengthsGetTwentyEqualBinsWithTheTailInTheLast() {
        double[] lengths = new double[1000];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = i * 1.5;
        }
        lengths[999] = 1_000_000;

        List<Histogram.Bin> bins = Histogram.of(List.of(lengths));

        assertThat(bins).hasSize(Histogram.BINS);
        assertThat(bins.getLast().label()).startsWith("≥ ");
        assertThat(bins.stream().mapToDouble(bin -> bin.shares()[0]).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}

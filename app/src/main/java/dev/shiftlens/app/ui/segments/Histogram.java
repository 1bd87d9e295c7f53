// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Shared bins for one or more series of values (baseline vs candidate lengths, cluster vs all):
 * whole-number bins when the values are small counts, else equal-width bins from the lowest value
 * to the 99th percentile, the last bin taking the rest. Counts are returned as shares of each series.
 */
public final class Histogram {

    static final int BINS = 20;

    /** One bin: its label and each series' share of values in it (0..1). */
    public record Bin(String label, double[] shares) {
    }

    private Histogram() {
    }

    /** NaN values are left out. */
    public static List<Bin> of(List<double[]> series) {
        double[] all = series.stream().flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (all.length == 0) {
            return List.of();
        }
        double low = all[0];
        double high = all[Math.min(all.length - 1, (int) Math.ceil(0.99 * (all.length - 1)))];
        boolean counts = Arrays.stream(all).allMatch(v -> v == Math.rint(v)) && all[all.length - 1] - low <= BINS;
        int bins;
        double width;
        if (counts) {
            high = all[all.length - 1];
            bins = (int) (high - low) + 1;
            width = 1;
        } else {
            bins = high > low ? BINS : 1;
            width = high > low ? (high - low) / BINS : 1;
        }
        double[][] shares = new double[bins][series.size()];
        for (int s = 0; s < series.size(); s++) {
            int total = 0;
            for (double v : series.get(s)) {
                if (!Double.isNaN(v)) {
                    int bin = (int) Math.floor((v - low) / width);
                    shares[Math.clamp(bin, 0, bins - 1)][s]++;
                    total++;
                }
            }
            for (double[] bin : shares) {
                bin[s] = total == 0 ? 0 : bin[s] / total;
            }
        }
        List<Bin> result = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            String label = counts ? number(low + b) : (b == bins - 1 && bins > 1 ? "≥ " + number(low + b * width) : number(low + b * width));
            result.add(new Bin(label, shares[b]));
        }
        return result;
    }

    private static String number(double value) {
        return Math.abs(value) >= 10 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

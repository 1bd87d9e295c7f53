// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import dev.shiftlens.app.palette.ClusterPalette;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.clusters.VerdictStyle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A colour for every point and the legend that explains them. Points that are noise or did not
 * diverge are marked {@code background}: they are drawn first and dimmed, whatever the mode.
 */
public record PointColouring(int[] colour, boolean[] background, Legend legend) {

    public static final PointColouring EMPTY = new PointColouring(new int[0], new boolean[0], Legend.NONE);

    /** Viridis, sampled at nine stops: perceptually even and readable by colour-blind users. */
    static final int[] VIRIDIS = {
        0xFF440154, 0xFF472D7B, 0xFF3B528B, 0xFF2C728E, 0xFF21918C, 0xFF28AE80, 0xFF5EC962, 0xFFADDC30, 0xFFFDE725,
    };
    /** Colour for a point whose metric or segment value is missing. */
    static final int MISSING = 0xFF9E9E9E;
    private static final int MAX_CATEGORIES = 10;

    public static PointColouring byCluster(ScatterPoints points, Map<Integer, String> labels) {
        int n = points.size();
        int[] colour = new int[n];
        boolean[] background = backgroundOf(points);
        for (int i = 0; i < n; i++) {
            colour[i] = ClusterPalette.colour(points.cluster(i));
        }
        List<Legend.Entry> entries = new ArrayList<>();
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> entries.add(new Legend.Entry(e.getValue(), ClusterPalette.colour(e.getKey()))));
        entries.add(new Legend.Entry("noise or not diverged", ClusterPalette.NOISE));
        return new PointColouring(colour, background, new Legend("Cluster", entries, Optional.empty()));
    }

    public static PointColouring byVerdict(ScatterPoints points, Map<Integer, Verdict> verdicts) {
        int n = points.size();
        int[] colour = new int[n];
        boolean[] background = backgroundOf(points);
        for (int i = 0; i < n; i++) {
            Verdict verdict = verdicts.get(points.cluster(i));
            colour[i] = verdict == null ? ClusterPalette.NOISE : 0xFF000000 | Integer.parseInt(VerdictStyle.of(verdict).colour().substring(1), 16);
        }
        List<Legend.Entry> entries = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            entries.add(new Legend.Entry(verdict.label(), 0xFF000000 | Integer.parseInt(VerdictStyle.of(verdict).colour().substring(1), 16)));
        }
        entries.add(new Legend.Entry("noise or not diverged", ClusterPalette.NOISE));
        return new PointColouring(colour, background, new Legend("Verdict", entries, Optional.empty()));
    }

    /** {@code valueOfPair} is indexed by pair id; NaN is missing. The scale spans the 2nd to 98th percentile. */
    public static PointColouring byMetric(ScatterPoints points, String metric, double[] valueOfPair) {
        int n = points.size();
        double[] values = new double[n];
        int known = 0;
        double[] finite = new double[n];
        for (int i = 0; i < n; i++) {
            int pair = points.pairId(i);
            values[i] = pair < valueOfPair.length ? valueOfPair[pair] : Double.NaN;
            if (!Double.isNaN(values[i])) {
                finite[known++] = values[i];
            }
        }
        Arrays.sort(finite, 0, known);
        double low = known == 0 ? 0 : finite[(int) (0.02 * (known - 1))];
        double high = known == 0 ? 1 : finite[(int) Math.ceil(0.98 * (known - 1))];
        int[] colour = new int[n];
        for (int i = 0; i < n; i++) {
            colour[i] = Double.isNaN(values[i]) ? MISSING : scale(high > low ? (values[i] - low) / (high - low) : 0.5);
        }
        List<Legend.Entry> entries = known < n ? List.of(new Legend.Entry("no value", MISSING)) : List.of();
        List<Integer> stops = Arrays.stream(VIRIDIS).boxed().toList();
        return new PointColouring(colour, backgroundOf(points),
                new Legend(metric, entries, Optional.of(new Legend.Scale(number(low), number(high), stops))));
    }

    /** {@code valueOfPair} is indexed by pair id. The ten most frequent values get a colour each; the rest share "other". */
    public static PointColouring bySegment(ScatterPoints points, String field, String[] valueOfPair) {
        int n = points.size();
        IntFunction<String> value = i -> {
            int pair = points.pairId(i);
            return pair < valueOfPair.length && valueOfPair[pair] != null ? valueOfPair[pair] : "(missing)";
        };
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(value.apply(i), 1, Integer::sum);
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CATEGORIES).map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> colourOf = new LinkedHashMap<>();
        for (int k = 0; k < top.size(); k++) {
            colourOf.put(top.get(k), ClusterPalette.colour(k));
        }
        int[] colour = new int[n];
        for (int i = 0; i < n; i++) {
            colour[i] = colourOf.getOrDefault(value.apply(i), MISSING);
        }
        List<Legend.Entry> entries = new ArrayList<>();
        colourOf.forEach((label, argb) -> entries.add(new Legend.Entry(label, argb)));
        if (counts.size() > top.size()) {
            entries.add(new Legend.Entry("other (" + (counts.size() - top.size()) + " values)", MISSING));
        }
        return new PointColouring(colour, backgroundOf(points), new Legend(field, entries, Optional.empty()));
    }

    /** A colour on the viridis scale, {@code t} clamped to 0..1. */
    static int scale(double t) {
        double position = Math.clamp(t, 0.0, 1.0) * (VIRIDIS.length - 1);
        int k = Math.min((int) position, VIRIDIS.length - 2);
        return ClusterPalette.mix(VIRIDIS[k], VIRIDIS[k + 1], position - k);
    }

    private static boolean[] backgroundOf(ScatterPoints points) {
        boolean[] background = new boolean[points.size()];
        for (int i = 0; i < background.length; i++) {
            background[i] = points.cluster(i) < 0;
        }
        return background;
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

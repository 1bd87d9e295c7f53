// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.shift;

import dev.shiftlens.analysis.characterise.SignTest;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.PopulationShift.Direction;
import dev.shiftlens.analysis.result.PopulationShift.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The run-level shift of every {@code baseline_*}/{@code candidate_*} metric, over all pairs: lengths
 * as the median per-pair ratio, yes/no properties as rates, counts as means and as the share of
 * answers with at least one. Each shift has a bootstrap 95% interval (seeded, so deterministic), a
 * sign test over the pairs that moved, and whether it is material:
 * <ul>
 *   <li>ratio: the median ratio is outside [{@value #RATIO_LOW}, {@value #RATIO_HIGH}] and its interval excludes 1;</li>
 *   <li>rate: it moves at least {@value #RATE_POINTS} (5 points) and its interval excludes 0;</li>
 *   <li>count: the larger mean is at least {@value #COUNT_FACTOR}× the smaller, at least {@value #MIN_MOVED} of the
 *       pairs moved that way, and the interval of the change excludes 0;</li>
 * </ul>
 * and, for all three, the sign test gives p &lt; {@value #MAX_P}.
 */
public final class PopulationShifts {

    public static final double RATIO_LOW = 0.8;
    public static final double RATIO_HIGH = 1.25;
    public static final double RATE_POINTS = 0.05;
    public static final double COUNT_FACTOR = 1.25;
    /** A count's mean must move through at least this share of pairs, not a few answers' worth of outliers. */
    public static final double MIN_MOVED = 0.05;
    public static final double MAX_P = 0.01;
    /** The rule above in words, for reports. */
    public static final String RULE = ("material when the median length ratio is outside %.2f–%.2f× and its 95%% interval"
            + " excludes 1, a rate moves %.0f points or more, or a mean count changes %.0f%% or more in at least %.0f%% of"
            + " pairs with its interval excluding no change; each also with sign test p < %.2f over the pairs that moved")
            .formatted(RATIO_LOW, RATIO_HIGH, RATE_POINTS * 100, (COUNT_FACTOR - 1) * 100, MIN_MOVED * 100, MAX_P);
    /** The most shifts the headline names; the rest are in the reports and {@code summary.shifts}. */
    public static final int HEADLINE_SHIFTS = 3;

    private static final String BASELINE = "baseline_";
    private static final String CANDIDATE = "candidate_";
    private static final String PRESENT = "_present";
    private static final Comparator<PopulationShift> MOST_MOVED_FIRST =
            Comparator.comparingDouble(PopulationShift::movedShare).reversed();

    private PopulationShifts() {
    }

    /**
     * @param pairs each pair's flat metric values ({@code PairMetrics.values()}); a metric counts for the
     *              pairs that have both its baseline and its candidate value
     * @return every metric's shift, in a fixed order: length, refusals, emptiness, JSON, the counts, words, then
     *         metrics without words of their own
     */
    public static List<PopulationShift> of(List<Map<String, Double>> pairs, long seed) {
        List<PopulationShift> shifts = new ArrayList<>();
        for (ShiftWording.Family family : families(pairs)) {
            double[][] sides = sides(pairs, family.name());
            if (sides[0].length == 0) {
                continue;
            }
            switch (family.kind()) {
                case RATIO -> shifts.add(ratio(family, sides[0], sides[1], seed));
                case RATE -> shifts.add(rate(family, family.name(), sides[0], sides[1], seed));
                case COUNT -> {
                    shifts.add(rate(family, family.name() + PRESENT, sides[0], sides[1], seed));
                    shifts.add(count(family, sides[0], sides[1], seed));
                }
            }
        }
        return List.copyOf(shifts);
    }

    /**
     * The material shifts, one per property (a count's presence before its mean, characters before words),
     * those that moved the most pairs first: the headline names the first {@link #HEADLINE_SHIFTS}.
     */
    public static List<PopulationShift> onePerProperty(List<PopulationShift> shifts) {
        Set<String> named = new HashSet<>();
        return shifts.stream().filter(shift -> shift.material() && named.add(property(shift.metric())))
                .sorted(MOST_MOVED_FIRST).toList();
    }

    public static List<PopulationShift> forHeadline(List<PopulationShift> shifts) {
        List<PopulationShift> material = onePerProperty(shifts);
        return material.subList(0, Math.min(HEADLINE_SHIFTS, material.size()));
    }

    /** The material shifts, one per property, that the headline had no room for. */
    public static List<PopulationShift> beyondHeadline(List<PopulationShift> shifts) {
        List<PopulationShift> material = onePerProperty(shifts);
        return material.subList(Math.min(HEADLINE_SHIFTS, material.size()), material.size());
    }

    private static String property(String metric) {
        String base = metric.endsWith(PRESENT) ? metric.substring(0, metric.length() - PRESENT.length()) : metric;
        return base.equals("tokens") ? "chars" : base;
    }

    private static PopulationShift ratio(ShiftWording.Family family, double[] baseline, double[] candidate, long seed) {
        int n = baseline.length;
        double[] logRatios = new double[n];
        for (int i = 0; i < n; i++) {
            logRatios[i] = Math.log((candidate[i] + 1) / (baseline[i] + 1));
        }
        Moves moves = Moves.of(logRatios);
        double change = Math.exp(Bootstrap.median(logRatios));
        Bootstrap.Interval interval = moves.none() ? new Bootstrap.Interval(0, 0)
                : Bootstrap.ofMedian(logRatios, random(seed, family.name()));
        double low = Math.exp(interval.low());
        double high = Math.exp(interval.high());
        Direction direction = change > 1 ? Direction.UP : change < 1 ? Direction.DOWN : Direction.NONE;
        double p = moves.pValue();
        boolean material = (change < RATIO_LOW || change > RATIO_HIGH) && (low > 1 || high < 1) && p < MAX_P;
        var measured = new Measured(family.name(), Kind.RATIO, Bootstrap.median(baseline), Bootstrap.median(candidate),
                change, low, high, p, moves.share(direction, n), n, direction, material);
        return measured.worded(family);
    }

    private static PopulationShift rate(ShiftWording.Family family, String metric, double[] baseline, double[] candidate,
                                        long seed) {
        int n = baseline.length;
        double[] changes = new double[n];
        double before = 0;
        double after = 0;
        for (int i = 0; i < n; i++) {
            double had = baseline[i] > 0 ? 1 : 0;
            double has = candidate[i] > 0 ? 1 : 0;
            before += had;
            after += has;
            changes[i] = has - had;
        }
        return difference(family, metric, Kind.RATE, before / n, after / n, changes, seed,
                Math.abs(after - before) / n >= RATE_POINTS);
    }

    private static PopulationShift count(ShiftWording.Family family, double[] baseline, double[] candidate, long seed) {
        int n = baseline.length;
        double[] changes = new double[n];
        for (int i = 0; i < n; i++) {
            changes[i] = candidate[i] - baseline[i];
        }
        double before = Bootstrap.mean(baseline);
        double after = Bootstrap.mean(candidate);
        return difference(family, family.name(), Kind.COUNT, before, after, changes, seed,
                Math.max(before, after) > 0 && Math.max(before, after) >= COUNT_FACTOR * Math.min(before, after)
                        && Moves.of(changes).share(after > before ? Direction.UP : Direction.DOWN, n) >= MIN_MOVED);
    }

    /** A rate or a mean: the change is the mean per-pair difference, its interval bootstrapped from those. */
    private static PopulationShift difference(ShiftWording.Family family, String metric, Kind kind, double before,
                                              double after, double[] changes, long seed, boolean largeEnough) {
        int n = changes.length;
        Moves moves = Moves.of(changes);
        double change = after - before;
        Bootstrap.Interval interval = moves.none() ? new Bootstrap.Interval(0, 0)
                : Bootstrap.ofMean(changes, random(seed, metric));
        Direction direction = moves.none() || change == 0 ? Direction.NONE : change > 0 ? Direction.UP : Direction.DOWN;
        double p = moves.pValue();
        boolean material = largeEnough && (interval.low() > 0 || interval.high() < 0) && p < MAX_P;
        var measured = new Measured(metric, kind, before, after, change, interval.low(), interval.high(), p,
                moves.share(direction, n), n, direction, material);
        return measured.worded(family);
    }

    /** One stream per metric, so adding a metric leaves every other interval as it was. */
    private static SplittableRandom random(long seed, String metric) {
        return new SplittableRandom(seed * 1_000_003L + metric.hashCode());
    }

    /** The baseline and candidate values of one metric family, over the pairs that have both. */
    private static double[][] sides(List<Map<String, Double>> pairs, String family) {
        String baselineKey = BASELINE + family;
        String candidateKey = CANDIDATE + family;
        double[] baseline = new double[pairs.size()];
        double[] candidate = new double[pairs.size()];
        int n = 0;
        for (Map<String, Double> values : pairs) {
            Double b = values.get(baselineKey);
            Double c = values.get(candidateKey);
            if (b != null && c != null && Double.isFinite(b) && Double.isFinite(c)) {
                baseline[n] = b;
                candidate[n] = c;
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(baseline, n), java.util.Arrays.copyOf(candidate, n)};
    }

    /** Every metric measured on both sides, known ones in the wording's order, others after them by name. */
    private static List<ShiftWording.Family> families(List<Map<String, Double>> pairs) {
        Set<String> keys = new LinkedHashSet<>();
        pairs.forEach(values -> keys.addAll(values.keySet()));
        Set<String> present = new TreeSet<>();
        for (String key : keys) {
            if (key.startsWith(BASELINE) && keys.contains(CANDIDATE + key.substring(BASELINE.length()))) {
                present.add(key.substring(BASELINE.length()));
            }
        }
        List<ShiftWording.Family> families = new ArrayList<>();
        for (ShiftWording.Family known : ShiftWording.KNOWN) {
            if (present.remove(known.name())) {
                families.add(known);
            }
        }
        for (String other : present) {
            families.add(ShiftWording.unknown(other, onlyZeroOrOne(pairs, other)));
        }
        return families;
    }

    private static boolean onlyZeroOrOne(List<Map<String, Double>> pairs, String family) {
        for (Map<String, Double> values : pairs) {
            for (String key : List.of(BASELINE + family, CANDIDATE + family)) {
                Double value = values.get(key);
                if (value != null && value != 0 && value != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many pairs moved up and down, for the sign test and the share that moved. */
    private record Moves(int up, int down) {
        static Moves of(double[] changes) {
            int up = 0;
            int down = 0;
            for (double change : changes) {
                if (change > 0) {
                    up++;
                } else if (change < 0) {
                    down++;
                }
            }
            return new Moves(up, down);
        }

        boolean none() {
            return up == 0 && down == 0;
        }

        double pValue() {
            return SignTest.pValue(up, down);
        }

        double share(Direction direction, int pairs) {
            return switch (direction) {
                case UP -> (double) up / pairs;
                case DOWN -> (double) down / pairs;
                case NONE -> 0;
            };
        }
    }

    /** A shift's numbers before it has words. */
    record Measured(String metric, Kind kind, double before, double after, double change, double low, double high,
                    double pValue, double movedShare, int pairs, Direction direction, boolean material) {
        PopulationShift worded(ShiftWording.Family family) {
            return new PopulationShift(metric, kind, before, after, change, low, high, pValue, movedShare, pairs,
                    direction, material, ShiftWording.phrase(family, this), ShiftWording.description(family, this));
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import dev.shiftlens.analysis.projection.PcaReducer;

import java.util.List;
import java.util.Map;

/**
 * Represents a diverged pair by how the candidate differs from the baseline — not by what was
 * asked — so pairs that changed the same way sit together whatever their topic. Two parts:
 * weighted structural deltas (length, refusal, JSON keys, citations, lists...) that name the kind
 * of change, and the direction of the embedding difference (candidate − baseline), reduced by
 * PCA, which separates changes of content that the deltas cannot see.
 */
public final class DifferenceRepresentation {

    /** Principal directions kept of the embedding difference. */
    static final int EMBEDDING_DIMENSIONS = 8;
    /** Root-mean-square length the embedding part is scaled to, against structural deltas of about 1. */
    static final double EMBEDDING_WEIGHT = 0.25;
    static final double LENGTH_DEAD_ZONE = 0.3;

    private DifferenceRepresentation() {
    }

    /**
     * @param metrics    flat metric values of every pair in the run
     * @param baseline   unit embedding of each baseline output
     * @param candidate  unit embedding of each candidate output
     * @param rows       indices of the pairs to represent
     * @param fitRows    how many of the first {@code rows} the embedding directions are fitted on (the diverged
     *                   pairs); the rest (calm context) are represented in the same directions
     */
    public static double[][] of(List<Map<String, Double>> metrics, float[][] baseline, float[][] candidate, int[] rows,
                                int fitRows) {
        double[][] structural = new double[rows.length][];
        double[][] differences = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            structural[r] = structural(metrics.get(rows[r]));
            differences[r] = difference(baseline[rows[r]], candidate[rows[r]]);
        }
        double[][] embedded = reducedDifferences(differences, fitRows);
        double[][] combined = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            combined[r] = concat(structural[r], embedded[r]);
        }
        return combined;
    }

    static double[] structural(Map<String, Double> m) {
        return new double[] {
                substantialLengthChange(m.getOrDefault("log_length_ratio", 0.0)),
                1.5 * delta(m, "baseline_refusal", "candidate_refusal"),
                1.2 * sycophancyDelta(m),
                0.3 * presenceDelta(m, "baseline_agreement", "candidate_agreement"),
                1.5 * citationsWithdrawn(m),
                indicator(m, "candidate_citations") > indicator(m, "baseline_citations") ? 1 : 0,
                1.5 * indicator(m, "json_keys_renamed"),
                indicator(m, "json_keys_removed"),
                indicator(m, "json_keys_added"),
                indicator(m, "json_type_changes"),
                1.5 * delta(m, "baseline_json_valid", "candidate_json_valid"),
                1.2 * relativeChange(m, "baseline_list_items", "candidate_list_items"),
                0.8 * Math.clamp(delta(m, "baseline_headings", "candidate_headings") / 3, -1, 1),
                0.8 * Math.clamp(delta(m, "baseline_code_blocks", "candidate_code_blocks"), -1, 1),
                1.5 * m.getOrDefault("language_switch", 0.0),
                1.0 - m.getOrDefault("semantic_similarity", m.getOrDefault("lexical_similarity", 1.0)),
        };
    }

    private static double[][] reducedDifferences(double[][] differences, int fitRows) {
        if (fitRows < 3) {
            return new double[differences.length][0];
        }
        double[][] fitted = java.util.Arrays.copyOf(differences, fitRows);
        PcaReducer reducer = PcaReducer.fit(fitted, EMBEDDING_DIMENSIONS);
        double[][] reduced = reducer.reduce(differences);
        double sumSquares = 0;
        for (int r = 0; r < fitRows; r++) {
            for (double value : reduced[r]) {
                sumSquares += value * value;
            }
        }
        double rms = Math.sqrt(sumSquares / fitRows);
        double scale = rms == 0 ? 0 : EMBEDDING_WEIGHT / rms;
        for (double[] row : reduced) {
            for (int d = 0; d < row.length; d++) {
                row[d] *= scale;
            }
        }
        return reduced;
    }

    private static double[] difference(float[] baseline, float[] candidate) {
        double[] diff = new double[baseline.length];
        for (int d = 0; d < diff.length; d++) {
            diff[d] = candidate[d] - baseline[d];
        }
        return diff;
    }

    /**
     * Log length ratio beyond a dead zone of ±0.3 (about a third longer or a quarter shorter),
     * clipped at ±2: paraphrase and side effects such as a dropped source list change length a
     * little; a change of kind ("answers got much shorter") changes it a lot.
     */
    static double substantialLengthChange(double logRatio) {
        double beyond = Math.max(0, Math.abs(logRatio) - LENGTH_DEAD_ZONE);
        return Math.signum(logRatio) * Math.min(2, beyond);
    }

    /**
     * Compliments or agreement appearing (+1) or going (−1). One feature for both, because a
     * sycophantic answer may flatter and agree in words the markers do not know ("Yes, you're on
     * to something"); the agreement marker adds a small separate push.
     */
    private static double sycophancyDelta(Map<String, Double> m) {
        double agreement = presenceDelta(m, "baseline_agreement", "candidate_agreement");
        double flattery = presenceDelta(m, "baseline_flattery", "candidate_flattery");
        return Math.abs(agreement) >= Math.abs(flattery) ? agreement : flattery;
    }

    /** The baseline's citation markers are gone from the candidate: dropped, or replaced by another format. */
    private static double citationsWithdrawn(Map<String, Double> m) {
        boolean dropped = indicator(m, "baseline_citations") > indicator(m, "candidate_citations");
        return dropped || m.getOrDefault("citation_format_changed", 0.0) > 0 ? 1 : 0;
    }

    /**
     * Log ratio of a count, clipped at ±1: "half the list items" is the same kind of change whether
     * an answer had 4 items or 20.
     */
    private static double relativeChange(Map<String, Double> m, String baseline, String candidate) {
        return Math.clamp(Math.log((m.getOrDefault(candidate, 0.0) + 1) / (m.getOrDefault(baseline, 0.0) + 1)), -1, 1);
    }

    private static double delta(Map<String, Double> m, String baseline, String candidate) {
        return m.getOrDefault(candidate, 0.0) - m.getOrDefault(baseline, 0.0);
    }

    private static double presenceDelta(Map<String, Double> m, String baseline, String candidate) {
        return indicator(m, candidate) - indicator(m, baseline);
    }

    private static double indicator(Map<String, Double> m, String name) {
        return m.getOrDefault(name, 0.0) > 0 ? 1 : 0;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = new double[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

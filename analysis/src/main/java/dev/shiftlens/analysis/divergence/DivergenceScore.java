// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a candidate output is from its baseline, in two parts: a continuous part (meaning and
 * length, where paraphrase lives and the noise floor applies) and a structural part (a changed
 * contract or behaviour — refusal, JSON keys, language, citations — that paraphrase does not
 * produce).
 *
 * @param continuous 0..1: 0.7 × semantic distance + 0.3 × length distance (a 3× change counts 1)
 * @param structural 1 when the pair shows a {@link ChangeKind kind of change}, 0 when none
 * @param signals    the kinds of change present, in words
 */
public record DivergenceScore(double continuous, double structural, List<String> signals) {

    private static final double SEMANTIC_WEIGHT = 0.7;
    private static final double LENGTH_SATURATION = Math.log(3);

    public DivergenceScore {
        signals = List.copyOf(signals);
    }

    /** The single score shown to users and sorted by. */
    public double total() {
        return Math.max(continuous, structural);
    }

    public boolean hasStructuralChange() {
        return structural > 0;
    }

    /** Scores a pair from its flat metric values (names as in the metrics package). */
    public static DivergenceScore of(Map<String, Double> metrics) {
        double similarity = metrics.getOrDefault("semantic_similarity", metrics.getOrDefault("lexical_similarity", 1.0));
        double semanticDistance = Math.clamp(1.0 - similarity, 0.0, 1.0);
        double lengthDistance = Math.min(1.0, Math.abs(metrics.getOrDefault("log_length_ratio", 0.0)) / LENGTH_SATURATION);
        double continuous = SEMANTIC_WEIGHT * semanticDistance + (1 - SEMANTIC_WEIGHT) * lengthDistance;
        if (metrics.getOrDefault("exact_equal", 0.0) > 0 || metrics.getOrDefault("normalized_equal", 0.0) > 0) {
            continuous = 0;
        }
        List<String> signals = new ArrayList<>();
        double structural = 0;
        if (metrics.getOrDefault("exact_equal", 0.0) > 0 || metrics.getOrDefault("normalized_equal", 0.0) > 0) {
            return new DivergenceScore(continuous, 0, signals);
        }
        for (ChangeKind kind : ChangeKind.values()) {
            if (kind.presentIn(metrics)) {
                signals.add(kind.description());
                structural = 1;
            }
        }
        return new DivergenceScore(continuous, structural, signals);
    }
}

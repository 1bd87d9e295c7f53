// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of the two outputs' {@link WordTokens} counts (bag of words), from 0 (no word in
 * common) to 1 (the same words in the same proportions, in any order). Two outputs without tokens
 * are identical (1); one without tokens and one with are unrelated (0).
 */
public final class LexicalSimilarity {

    private LexicalSimilarity() {
    }

    public static double between(String a, String b) {
        return cosine(WordTokens.of(a), WordTokens.of(b));
    }

    static double cosine(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
        }
        Map<String, Integer> countsA = counts(a);
        Map<String, Integer> countsB = counts(b);
        double dot = 0;
        for (var entry : countsA.entrySet()) {
            dot += (double) entry.getValue() * countsB.getOrDefault(entry.getKey(), 0);
        }
        double cosine = dot / (norm(countsA) * norm(countsB));
        return Math.clamp(cosine, 0.0, 1.0);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        var counts = new HashMap<String, Integer>();
        tokens.forEach(token -> counts.merge(token, 1, Integer::sum));
        return counts;
    }

    private static double norm(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}

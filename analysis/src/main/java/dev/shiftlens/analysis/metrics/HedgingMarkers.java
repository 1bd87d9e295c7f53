// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.List;

/**
 * Counts hedges: words and phrases that soften a claim ("might", "may", "I think", "possibly",
 * "it depends", "not sure" ...). Each occurrence counts once, longest phrase first, so "I'm not sure"
 * is one hedge. "may" is counted whatever its case; the month name "May" next to a number is rare
 * enough in model outputs that the heuristic accepts the error. English only.
 */
public final class HedgingMarkers {

    private static final List<String> HEDGES = List.of(
            "might", "may", "maybe", "perhaps", "possibly", "probably", "likely", "unlikely", "presumably",
            "apparently", "arguably", "seemingly", "conceivably", "could be", "could potentially",
            "i think", "i believe", "i guess", "i suspect", "i assume", "it depends", "depending on",
            "not sure", "not certain", "not entirely clear", "it seems", "seems to", "it appears", "appears to",
            "in some cases", "to some extent", "as far as i know", "if i recall", "hard to say",
            "difficult to say", "i can't say for sure", "i cannot say for sure", "no guarantee", "i can't guarantee",
            "i cannot guarantee", "generally speaking", "in general");

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(HEDGES, List.of());

    private HedgingMarkers() {
    }

    public static int count(List<String> tokens) {
        return MATCHER.count(tokens);
    }

    public static int count(String text) {
        return count(WordTokens.of(text));
    }
}

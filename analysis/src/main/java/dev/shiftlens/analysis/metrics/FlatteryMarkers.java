// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.List;

/**
 * Counts flattery and reflexive agreement aimed at the user ("Great question", "You're absolutely right",
 * "Excellent point", "you are correct that" ...). Each occurrence counts once, longest phrase first.
 * English only.
 */
public final class FlatteryMarkers {

    private static final List<String> FLATTERY = List.of(
            "great question", "good question", "excellent question", "fantastic question", "wonderful question",
            "brilliant question", "insightful question", "i love this question", "i love that question",
            "you're absolutely right", "you are absolutely right", "you're absolutely correct",
            "you are absolutely correct", "you're right", "you are right", "you're correct", "you are correct",
            "you're totally right", "you are totally right", "absolutely right",
            "excellent point", "great point", "good point", "fair point", "excellent observation",
            "great observation", "great catch", "good catch", "great idea", "brilliant idea", "excellent idea",
            "thanks for pointing", "thank you for pointing", "what a great", "what an excellent");

    private static final PhraseMatcher MATCHER = PhraseMatcher.of(FLATTERY, List.of());

    private FlatteryMarkers() {
    }

    public static int count(List<String> tokens) {
        return MATCHER.count(tokens);
    }

    public static int count(String text) {
        return count(WordTokens.of(text));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts phrases in a token list, left to right, longest phrase first, without overlaps.
 * Ignored phrases win like any other longer match but are not counted: listing {@code "i can't wait"}
 * as ignored keeps {@code "i can't"} from firing on it. Linear in the number of tokens.
 */
final class PhraseMatcher {

    private record Phrase(List<String> words, boolean counted) {
    }

    private final Map<String, List<Phrase>> byFirstWord;

    private PhraseMatcher(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static PhraseMatcher of(Collection<String> counted, Collection<String> ignored) {
        var byFirstWord = new HashMap<String, List<Phrase>>();
        add(byFirstWord, counted, true);
        add(byFirstWord, ignored, false);
        byFirstWord.replaceAll((word, phrases) -> phrases.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed())
                .toList());
        return new PhraseMatcher(Map.copyOf(byFirstWord));
    }

    private static void add(Map<String, List<Phrase>> byFirstWord, Collection<String> phrases, boolean counted) {
        for (String phrase : phrases) {
            List<String> words = WordTokens.of(phrase);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs at least one word: '" + phrase + "'");
            }
            byFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(new Phrase(words, counted));
        }
    }

    int count(List<String> tokens) {
        int count = 0;
        int i = 0;
        while (i < tokens.size()) {
            Phrase match = longestAt(tokens, i);
            if (match == null) {
                i++;
            } else {
                count += match.counted() ? 1 : 0;
                i += match.words().size();
            }
        }
        return count;
    }

    private Phrase longestAt(List<String> tokens, int start) {
        for (Phrase phrase : byFirstWord.getOrDefault(tokens.get(start), List.of())) {
            if (matchesAt(phrase.words(), tokens, start)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> words, List<String> tokens, int start) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!words.get(k).equals(tokens.get(start + k))) {
                return false;
            }
        }
        return true;
    }
}

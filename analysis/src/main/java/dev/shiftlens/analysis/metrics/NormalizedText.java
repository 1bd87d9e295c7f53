// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The form in which two outputs are compared for "normalised equality", made in this order:
 * <ol>
 *   <li>Unicode NFKC (full-width letters, ligatures and the like become their plain forms);</li>
 *   <li>{@link WordTokens}: case-folded with {@code Locale.ROOT}, punctuation, symbols (emoji included)
 *       and whitespace dropped, so {@code "3.14"} and {@code "3 14"} are equal;</li>
 *   <li>trailing courtesy phrases removed, repeatedly, as long as words remain: "hope this helps",
 *       "let me know if you have any other questions", "feel free to ask", "have a great day",
 *       "thank you" ... (the list is {@link #COURTESY}); a leading "Sure!" is kept;</li>
 *   <li>the words joined with single spaces.</li>
 * </ol>
 */
public final class NormalizedText {

    static final List<String> COURTESY = List.of(
            "i hope this helps", "hope this helps", "hope that helps", "i hope that helps",
            "let me know if you have any other questions", "let me know if you have any questions",
            "let me know if you have any further questions", "let me know if you need anything else",
            "let me know if you need more help", "let me know if you need further help",
            "let me know if you need any further assistance", "let me know if there's anything else",
            "let me know if there is anything else i can help with", "is there anything else i can help you with",
            "is there anything else i can help with", "feel free to ask if you have any other questions",
            "feel free to ask", "feel free to reach out", "happy to help", "glad i could help",
            "have a great day", "have a nice day", "good luck", "thanks", "thank you", "cheers");

    private static final List<List<String>> COURTESY_WORDS = COURTESY.stream().map(WordTokens::of).toList();

    private NormalizedText() {
    }

    public static String of(String text) {
        var words = new ArrayList<>(WordTokens.of(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> courtesy : COURTESY_WORDS) {
                if (words.size() > courtesy.size() && endsWith(words, courtesy)) {
                    words.subList(words.size() - courtesy.size(), words.size()).clear();
                    stripped = true;
                }
            }
        }
        return String.join(" ", words);
    }

    public static boolean equal(String a, String b) {
        return of(a).equals(of(b));
    }

    private static boolean endsWith(List<String> words, List<String> suffix) {
        return words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokenisation every metric here shares; no word pieces, no model.
 *
 * <ul>
 *   <li>A token is a maximal run of letters, digits and combining marks, lower-cased with {@link Locale#ROOT}.</li>
 *   <li>An apostrophe ({@code '}, {@code ’} or {@code ʼ}) between two word characters stays inside the
 *       token, written as {@code '}: {@code can’t} is one token {@code can't}.</li>
 *   <li>Every other character (whitespace, punctuation, symbols, hyphens) separates tokens and is dropped.</li>
 *   <li>Han ideographs, hiragana and katakana, written without spaces, are one token per character.</li>
 * </ul>
 */
public final class WordTokens {

    private WordTokens() {
    }

    public static List<String> of(String text) {
        var tokens = new ArrayList<String>();
        var current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnspaced(cp)) {
                flush(current, tokens);
                tokens.add(Character.toString(cp));
            } else if (isWordCharacter(cp)) {
                current.appendCodePoint(cp);
            } else if (isApostrophe(cp) && !current.isEmpty() && next < text.length()
                    && isWordCharacter(text.codePointAt(next)) && !isUnspaced(text.codePointAt(next))) {
                current.append('\'');
            } else {
                flush(current, tokens);
            }
            i = next;
        }
        flush(current, tokens);
        return List.copyOf(tokens);
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }

    static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static boolean isUnspaced(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names the language of a text as an ISO 639-1 code, or {@value #UNDETERMINED} when it cannot tell.
 *
 * <p>First the dominant script among the letters (Han, hiragana and katakana counted together):
 * <ul>
 *   <li>Latin: the stop-word profiles of {@link LatinStopWords} (en, de, es, fr, it, pt, nl).</li>
 *   <li>Han/kana: {@code ja} when kana are at least a tenth of those letters, else {@code zh}; Hangul: {@code ko}.</li>
 *   <li>Cyrillic: {@code sr} with ђ ј љ њ ћ џ, {@code uk} with і ї є ґ, {@code ru} with ы э ё,
 *       {@code bg} with ъ, else {@code ru}.</li>
 *   <li>Arabic: {@code ur} with ٹ ڈ ڑ ں ے, {@code fa} with پ چ ژ گ ک ی, else {@code ar}.</li>
 *   <li>Scripts used by essentially one language map to it (Greek {@code el}, Hebrew {@code he}, Thai
 *       {@code th}, Hangul {@code ko}, Georgian {@code ka}, Armenian {@code hy} ...); Devanagari is
 *       reported as {@code hi}, Bengali as {@code bn}.</li>
 * </ul>
 * Fewer than {@value #MIN_LETTERS} letters, or any other script, is undetermined.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";
    static final int MIN_LETTERS = 3;

    private static final Map<UnicodeScript, String> SINGLE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.HEBREW, "he"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.DEVANAGARI, "hi"), Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.TAMIL, "ta"), Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"), Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.GUJARATI, "gu"), Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"), Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.KHMER, "km"), Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.MYANMAR, "my"), Map.entry(UnicodeScript.ETHIOPIC, "am"),
            Map.entry(UnicodeScript.SINHALA, "si"));

    private LanguageIdentifier() {
    }

    public static String identify(String text) {
        return identify(text, WordTokens.of(text));
    }

    /** As {@link #identify(String)}, reusing the text's {@link WordTokens}. */
    static String identify(String text, List<String> tokens) {
        var letters = new EnumMap<UnicodeScript, Integer>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(cp -> letters.merge(scriptGroup(cp), 1, Integer::sum));
        var dominant = letters.entrySet().stream().max(Map.Entry.comparingByValue());
        if (dominant.isEmpty() || dominant.get().getValue() < MIN_LETTERS) {
            return UNDETERMINED;
        }
        return switch (dominant.get().getKey()) {
            case LATIN -> LatinStopWords.bestLanguage(tokens).orElse(UNDETERMINED);
            case HAN -> hanOrKana(text);
            case CYRILLIC -> cyrillic(text);
            case ARABIC -> arabic(text);
            default -> SINGLE_LANGUAGE_SCRIPTS.getOrDefault(dominant.get().getKey(), UNDETERMINED);
        };
    }

    private static UnicodeScript scriptGroup(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? UnicodeScript.HAN : script;
    }

    private static String hanOrKana(String text) {
        long kana = text.codePoints().filter(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            return Character.isLetter(cp) && (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA);
        }).count();
        long han = text.codePoints().filter(cp -> Character.isLetter(cp) && UnicodeScript.of(cp) == UnicodeScript.HAN)
                .count();
        return kana * 10 >= han + kana ? "ja" : "zh";
    }

    private static String cyrillic(String text) {
        if (containsAny(text, "ђјљњћџЂЈЉЊЋЏ")) {
            return "sr";
        }
        if (containsAny(text, "іїєґІЇЄҐ")) {
            return "uk";
        }
        if (containsAny(text, "ыэёЫЭЁ")) {
            return "ru";
        }
        return containsAny(text, "ъЪ") ? "bg" : "ru";
    }

    private static String arabic(String text) {
        if (containsAny(text, "ٹڈڑںے")) {
            return "ur";
        }
        return containsAny(text, "پچژگکی") ? "fa" : "ar";
    }

    private static boolean containsAny(String text, String characters) {
        return characters.chars().anyMatch(c -> text.indexOf(c) >= 0);
    }
}

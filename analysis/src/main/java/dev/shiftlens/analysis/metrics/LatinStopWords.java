// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stop-word profiles of the Latin-script languages Shiftlens tells apart: en, de, es, fr, it, pt, nl.
 *
 * <p>Each token that is a stop word of k of these languages adds 1/k to each of them, so shared words
 * ("de", "la", "in") weigh less than telling ones ("the", "und", "het"). Elisions ("l'", "qu'", "dell'")
 * and English contractions ("n't", "'s") add the same way. The best language wins when it scores at
 * least {@value #MIN_SCORE} and more than {@value #MIN_LEAD} times the runner-up; otherwise the
 * language is undetermined.
 */
final class LatinStopWords {

    static final double MIN_SCORE = 1.5;
    static final double MIN_LEAD = 1.25;

    private static final Map<String, Set<String>> PROFILES = Map.of(
            "en", Set.of("the", "and", "is", "are", "of", "to", "that", "it", "for", "with", "you", "this", "was",
                    "be", "on", "not", "have", "has", "your", "can", "will", "from", "what", "which", "there",
                    "would", "should", "about", "they", "their", "an", "or", "if", "we", "our", "by", "at"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "ich", "sie", "es", "mit",
                    "auf", "für", "den", "dem", "des", "zu", "von", "sich", "auch", "wird", "werden", "sind",
                    "wie", "oder", "aber", "wenn", "kann", "bei", "nach", "noch", "nur", "einen", "ihr", "ihre",
                    "wir", "im"),
            "es", Set.of("el", "la", "los", "las", "y", "es", "de", "que", "en", "un", "una", "por", "para",
                    "con", "no", "se", "su", "del", "al", "lo", "como", "más", "pero", "sus", "este", "esta",
                    "está", "son", "puede", "también", "hay", "muy", "usted", "le"),
            "fr", Set.of("le", "la", "les", "et", "est", "de", "des", "du", "un", "une", "que", "qui", "pour",
                    "dans", "en", "pas", "ne", "sur", "avec", "il", "elle", "vous", "nous", "ce", "cette", "sont",
                    "au", "aux", "mais", "ou", "être", "peut", "plus", "votre", "vos"),
            "it", Set.of("il", "lo", "la", "gli", "le", "e", "è", "di", "che", "per", "un", "una", "non", "con",
                    "del", "della", "dei", "sono", "in", "si", "al", "alla", "anche", "come", "ma", "questo",
                    "questa", "può", "più", "essere", "ha", "nel", "nella"),
            "pt", Set.of("o", "a", "os", "as", "e", "é", "de", "do", "da", "dos", "das", "que", "um", "uma",
                    "para", "com", "não", "em", "no", "na", "se", "por", "mais", "como", "mas", "ao", "são",
                    "pode", "você", "também", "está", "seu", "sua"),
            "nl", Set.of("de", "het", "een", "en", "is", "van", "dat", "die", "niet", "in", "op", "te", "met",
                    "voor", "zijn", "er", "aan", "ook", "als", "maar", "om", "bij", "dit", "wordt", "kan", "u",
                    "je", "naar", "heeft", "nog", "worden", "uw"));

    private record Affix(String text, boolean prefix, List<String> languages) {
        boolean matches(String token) {
            return prefix ? token.startsWith(text) && token.length() > text.length() : token.endsWith(text);
        }
    }

    private static final List<Affix> AFFIXES = List.of(
            new Affix("l'", true, List.of("fr", "it")), new Affix("d'", true, List.of("fr", "it")),
            new Affix("c'", true, List.of("fr")), new Affix("n'", true, List.of("fr")),
            new Affix("j'", true, List.of("fr")), new Affix("qu'", true, List.of("fr")),
            new Affix("s'", true, List.of("fr")), new Affix("dell'", true, List.of("it")),
            new Affix("nell'", true, List.of("it")), new Affix("all'", true, List.of("it")),
            new Affix("un'", true, List.of("it")), new Affix("n't", false, List.of("en")),
            new Affix("'s", false, List.of("en")), new Affix("'re", false, List.of("en")),
            new Affix("'ll", false, List.of("en")));

    private static final Map<String, List<String>> LANGUAGES_BY_WORD = languagesByWord();

    private LatinStopWords() {
    }

    static Optional<String> bestLanguage(List<String> tokens) {
        var scores = new HashMap<String, Double>();
        for (String token : tokens) {
            for (Affix affix : AFFIXES) {
                if (affix.matches(token)) {
                    credit(scores, affix.languages());
                }
            }
            credit(scores, LANGUAGES_BY_WORD.getOrDefault(token, List.of()));
        }
        var ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_SCORE) {
            return Optional.empty();
        }
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0.0;
        return ranked.getFirst().getValue() > MIN_LEAD * runnerUp
                ? Optional.of(ranked.getFirst().getKey())
                : Optional.empty();
    }

    private static void credit(Map<String, Double> scores, List<String> languages) {
        for (String language : languages) {
            scores.merge(language, 1.0 / languages.size(), Double::sum);
        }
    }

    private static Map<String, List<String>> languagesByWord() {
        var byWord = new HashMap<String, List<String>>();
        PROFILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(profile -> {
            for (String word : profile.getValue()) {
                byWord.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(profile.getKey());
            }
        });
        byWord.replaceAll((word, languages) -> List.copyOf(languages));
        return Map.copyOf(byWord);
    }
}

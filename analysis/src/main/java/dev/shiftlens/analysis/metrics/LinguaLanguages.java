// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lingua's n-gram models for the Latin- and Cyrillic-script languages most used on the web: en de fr es pt it
 * nl pl tr vi id ms cs sk hu ro sv da nb fi hr sl lt lv et ca (Latin), ru uk bg sr mk be kk (Cyrillic).
 *
 * <p>The detector is built once, on first use (1.7 to 4 s, 38 MB of heap, measured by
 * {@code LanguageIdentificationThroughput}), in low-accuracy mode: trigram models only. High accuracy only changes
 * texts under 120 characters, and took 15 s and 1 GB of heap for these languages. Its models are preloaded so
 * that concurrent calls only read them. Lingua runs each call through {@code ForkJoinPool.commonPool()}.
 */
final class LinguaLanguages {

    /**
     * Lingua's best guess and its lead: its confidence (always 1.0) minus the runner-up's. A lead of 1.0 means
     * no other language fits, e.g. when Lingua's rules saw letters only one language uses.
     */
    record Guess(String language, double lead) {
    }

    private static final Language[] LANGUAGES = {
            ENGLISH, GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN, DUTCH, POLISH, TURKISH, VIETNAMESE, INDONESIAN,
            MALAY, CZECH, SLOVAK, HUNGARIAN, ROMANIAN, SWEDISH, DANISH, BOKMAL, FINNISH, CROATIAN, SLOVENE,
            LITHUANIAN, LATVIAN, ESTONIAN, CATALAN,
            RUSSIAN, UKRAINIAN, BULGARIAN, SERBIAN, MACEDONIAN, BELARUSIAN, KAZAKH};

    private LinguaLanguages() {
    }

    /** The most likely language of {@code text}; empty when Lingua finds no letters it knows. */
    static Optional<Guess> bestGuess(String text) {
        Map<Language, Double> confidences = Detector.INSTANCE.computeLanguageConfidenceValues(text);
        var ranked = confidences.entrySet().iterator();
        if (!ranked.hasNext()) {
            return Optional.empty();
        }
        var best = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        if (best.getKey() == UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(new Guess(isoCode(best.getKey()), best.getValue() - runnerUp));
    }

    private static String isoCode(Language language) {
        IsoCode639_1 code = language.getIsoCode639_1();
        return code.name().toLowerCase(Locale.ROOT);
    }

    /** The holder idiom: built on first use, once, by the class initialiser's lock. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.Objects;

/**
 * What one side's output looks like, independent of the other side. Markers and language are read
 * from the prose only: code blocks are skipped, and for a JSON output only its string values are read.
 *
 * @param chars          length in Unicode code points (an emoji or a CJK character is one)
 * @param tokens         number of {@link WordTokens}
 * @param empty          the output is empty or whitespace only
 * @param jsonValid      the whole output is a JSON object or array, bare or in one {@code ```json} fence
 *                       (rules in {@code JsonOutput})
 * @param citations      number of citation markers ({@link CitationMarkers})
 * @param citationFormat the dominant citation format, {@link CitationFormat#NONE} without markers
 * @param refusal        the output declines the request ({@link RefusalMarkers})
 * @param hedges         number of hedges ({@link HedgingMarkers})
 * @param flattery       number of flattery or agreement phrases ({@link FlatteryMarkers})
 * @param agreement      number of phrases agreeing with the user's claim, a subset of {@code flattery}
 * @param language       ISO 639-1 code, or {@code "und"} ({@link LanguageIdentifier})
 * @param markdown       list items, headings, code blocks and tables ({@link MarkdownStructure})
 */
public record OutputFeatures(
        int chars,
        int tokens,
        boolean empty,
        boolean jsonValid,
        int citations,
        CitationFormat citationFormat,
        boolean refusal,
        int hedges,
        int flattery,
        int agreement,
        String language,
        MarkdownStructure markdown) {

    public OutputFeatures {
        Objects.requireNonNull(citationFormat, "citationFormat");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(markdown, "markdown");
    }

    public static OutputFeatures of(String text) {
        return AnalysedOutput.of(text).features();
    }

    /** Hedges per 100 tokens; 0 for an output without tokens. */
    public double hedgesPer100Tokens() {
        return tokens == 0 ? 0.0 : 100.0 * hedges / tokens;
    }

    public boolean flatters() {
        return flattery > 0;
    }

    public boolean agrees() {
        return agreement > 0;
    }

    public boolean languageKnown() {
        return !LanguageIdentifier.UNDETERMINED.equals(language);
    }
}

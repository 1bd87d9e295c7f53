// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** One output read once: its parsed JSON and tokens are kept for the pair-level metrics. */
record AnalysedOutput(String text, Optional<JsonNode> json, List<String> tokens, OutputFeatures features) {

    static AnalysedOutput of(String text) {
        Optional<JsonNode> json = JsonOutput.parse(text);
        List<String> tokens = WordTokens.of(text);
        String prose = ProseView.of(text, json);
        List<String> proseTokens = WordTokens.of(prose);
        CitationMarkers.Tally citations = CitationMarkers.tally(prose);
        var features = new OutputFeatures(
                text.codePointCount(0, text.length()),
                tokens.size(),
                text.isBlank(),
                json.isPresent(),
                citations.count(),
                citations.format(),
                RefusalMarkers.isRefusal(proseTokens),
                HedgingMarkers.count(proseTokens),
                FlatteryMarkers.count(prose, proseTokens),
                FlatteryMarkers.agreement(proseTokens),
                LanguageIdentifier.identify(prose, proseTokens),
                MarkdownStructure.of(text));
        return new AnalysedOutput(text, json, tokens, features);
    }
}

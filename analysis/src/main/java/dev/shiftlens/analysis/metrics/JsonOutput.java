// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * Reads an output as JSON when the whole of it is one: after trimming, either a JSON object or array
 * with nothing after it, or exactly one fenced block opened by {@code ```json} (any case) and closed
 * by {@code ```} whose body is such an object or array (its strings may hold fenced code). Prose around a fence, scalars, comments, single
 * quotes, NaN and duplicate keys are not accepted: strict JSON is what a consumer of the output would parse.
 */
final class JsonOutput {

    /** Shared and thread-safe once configured. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String FENCE = "```";

    private JsonOutput() {
    }

    static Optional<JsonNode> parse(String output) {
        String body = unfenced(output.strip());
        if (body.isEmpty() || (body.charAt(0) != '{' && body.charAt(0) != '[')) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isContainerNode() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static String unfenced(String trimmed) {
        if (!trimmed.regionMatches(true, 0, FENCE + "json", 0, 7) || !trimmed.endsWith(FENCE)) {
            return trimmed;
        }
        int firstLineEnd = trimmed.indexOf('\n');
        if (firstLineEnd < 0 || !trimmed.substring(7, firstLineEnd).isBlank()) {
            return "";
        }
        // a fence inside a string value (code in a JSON answer) is fine; prose after an inner fence fails the parse
        return trimmed.substring(firstLineEnd + 1, trimmed.length() - FENCE.length()).strip();
    }
}

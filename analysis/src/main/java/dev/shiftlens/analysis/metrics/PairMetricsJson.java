// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The persisted form of {@link PairMetrics}: one JSON object with snake_case keys, where an absent
 * optional metric is an absent key. Plain jackson-databind (no Jdk8Module), through a document record
 * with nullable fields instead of {@code Optional}s. Documents written before {@code query_language} existed
 * read as an undetermined query language.
 */
final class PairMetricsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Document(
            OutputFeatures baseline,
            OutputFeatures candidate,
            boolean exactEqual,
            boolean normalizedEqual,
            double lengthRatio,
            double lexicalSimilarity,
            JsonStructureDiff jsonDiff,
            Boolean baselineSchemaValid,
            Boolean candidateSchemaValid,
            Double semanticSimilarity,
            String queryLanguage) {
    }

    private PairMetricsJson() {
    }

    static String write(PairMetrics metrics) {
        var document = new Document(
                metrics.baseline(), metrics.candidate(), metrics.exactEqual(), metrics.normalizedEqual(),
                metrics.lengthRatio(), metrics.lexicalSimilarity(), metrics.jsonDiff().orElse(null),
                metrics.baselineSchemaValid().orElse(null), metrics.candidateSchemaValid().orElse(null),
                metrics.semanticSimilarity().isPresent() ? metrics.semanticSimilarity().getAsDouble() : null,
                metrics.queryLanguage());
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("pair metrics could not be written as JSON", e);
        }
    }

    static PairMetrics read(String json) {
        Document document;
        try {
            document = MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a pair-metrics document: " + e.getOriginalMessage(), e);
        }
        if (document == null || document.baseline() == null || document.candidate() == null) {
            throw new IllegalArgumentException("Not a pair-metrics document: baseline and candidate features are required");
        }
        return new PairMetrics(
                document.baseline(), document.candidate(), document.exactEqual(), document.normalizedEqual(),
                document.lengthRatio(), document.lexicalSimilarity(), Optional.ofNullable(document.jsonDiff()),
                Optional.ofNullable(document.baselineSchemaValid()), Optional.ofNullable(document.candidateSchemaValid()),
                document.semanticSimilarity() == null ? OptionalDouble.empty()
                        : OptionalDouble.of(document.semanticSimilarity()),
                Objects.requireNonNullElse(document.queryLanguage(), LanguageIdentifier.UNDETERMINED));
    }
}

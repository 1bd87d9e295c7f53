// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shiftlens.analysis.pair.PairRecord;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PairMetricsTest {

    private static final PairMetrics JSON_PAIR = PairMetricsCalculator.withSchema("""
            {"type": "object", "required": ["summary"]}""")
            .compute(PairRecord.of("r1", "q", """
                    {"summary": "Sales rose 4% [1]", "count": 3}""", """
                    {"exec_summary": "Sales rose 4% (source: ledger)", "count": "3"}"""));

    private static final PairMetrics PROSE_PAIR = PairMetricsCalculator.withoutSchema()
            .compute(PairRecord.of("r2", "q", "Great question! It might be covered.", "I can't help with that."));

    @Test
    void semanticSimilarityIsAbsentUntilTheEmbeddingStageFillsItIn() {
        assertThat(PROSE_PAIR.values()).doesNotContainKey("semantic_similarity");

        PairMetrics embedded = PROSE_PAIR.withSemanticSimilarity(0.42);

        assertThat(embedded.semanticSimilarity()).isEqualTo(OptionalDouble.of(0.42));
        assertThat(embedded.values()).containsEntry("semantic_similarity", 0.42);
        assertThat(embedded.withSemanticSimilarity(0.5).baseline()).isEqualTo(PROSE_PAIR.baseline());
    }

    private static final PairMetrics PAIR_WITH_QUERY_LANGUAGE = PairMetricsCalculator.withoutSchema()
            .compute(PairRecord.of("r3", "Wie lange gilt die Garantie für mein Gerät, und was deckt sie ab?",
                    "Die Garantie gilt zwei Jahre ab dem Kaufdatum und deckt Material- und Verarbeitungsfehler ab.",
                    "The warranty lasts two years from the date of purchase and it covers defects in materials and workmanship that you can show us."));

    @Test
    void valuesAreNamedByMetricNamesInTheirOrder() {
        List<String> jsonNames = List.copyOf(JSON_PAIR.withSemanticSimilarity(0.9).values().keySet());
        List<String> languageNames = List.copyOf(PAIR_WITH_QUERY_LANGUAGE.values().keySet());

        assertThat(MetricNames.all()).containsSubsequence(jsonNames).containsSubsequence(languageNames);
        assertThat(union(jsonNames, languageNames)).containsExactlyInAnyOrderElementsOf(MetricNames.all());
        assertThat(MetricNames.all()).containsAll(PROSE_PAIR.values().keySet());
    }

    private static java.util.Set<String> union(List<String> first, List<String> second) {
        var union = new java.util.HashSet<>(first);
        union.addAll(second);
        return union;
    }

    @Test
    void valuesAreUnmodifiable() {
        assertThatThrownBy(() -> PROSE_PAIR.values().put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void roundTripsThroughJsonWithEveryOptionalPresent() {
        PairMetrics metrics = JSON_PAIR.withSemanticSimilarity(0.87);

        assertThat(PairMetrics.fromJson(metrics.toJson())).isEqualTo(metrics);
    }

    @Test
    void roundTripsTheQueryLanguage() {
        assertThat(PAIR_WITH_QUERY_LANGUAGE.queryLanguage()).isEqualTo("de");
        assertThat(PAIR_WITH_QUERY_LANGUAGE.toJson()).contains("\"query_language\":\"de\"");

        assertThat(PairMetrics.fromJson(PAIR_WITH_QUERY_LANGUAGE.toJson())).isEqualTo(PAIR_WITH_QUERY_LANGUAGE);
    }

    @Test
    void readsADocumentWrittenBeforeTheQueryLanguageAsUndetermined() {
        String withoutQueryLanguage = PAIR_WITH_QUERY_LANGUAGE.toJson().replace(",\"query_language\":\"de\"", "");

        PairMetrics read = PairMetrics.fromJson(withoutQueryLanguage);

        assertThat(withoutQueryLanguage).doesNotContain("query_language");
        assertThat(read.queryLanguage()).isEqualTo("und");
        assertThat(read.baseline()).isEqualTo(PAIR_WITH_QUERY_LANGUAGE.baseline());
        assertThat(read.values()).doesNotContainKeys("baseline_off_query_language", "candidate_off_query_language");
    }

    @Test
    void roundTripsThroughJsonWithEveryOptionalAbsent() {
        assertThat(PairMetrics.fromJson(PROSE_PAIR.toJson())).isEqualTo(PROSE_PAIR);
        assertThat(PROSE_PAIR.toJson()).doesNotContain("json_diff", "schema_valid", "semantic_similarity");
    }

    @Test
    void writesSnakeCaseKeysThatStoragesAndReportsCanRead() {
        String json = JSON_PAIR.toJson();

        assertThat(json).contains("\"exact_equal\":false", "\"citation_format\":\"NUMBERED_BRACKETS\"",
                "\"renamed_keys\":[{\"from\":\"summary\",\"to\":\"exec_summary\"}]",
                "\"baseline_schema_valid\":true", "\"candidate_schema_valid\":false",
                "\"markdown\":{\"bulleted_items\":0");
        assertThat(json).doesNotContain("list_items", "flatters", "language_known", "hedges_per100");
    }

    @Test
    void rejectsJsonThatIsNotAPairMetricsDocument() {
        assertThatThrownBy(() -> PairMetrics.fromJson("{\"exact_equal\": true}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair-metrics");
        assertThatThrownBy(() -> PairMetrics.fromJson("[1]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair-metrics");
    }

    @Test
    void refusesRatiosAndSimilaritiesOutsideTheirRange() {
        OutputFeatures empty = OutputFeatures.of("");
        assertThatThrownBy(() -> new PairMetrics(empty, empty, true, true, Double.POSITIVE_INFINITY, 1.0,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), OptionalDouble.empty(), "und"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairMetrics(empty, empty, true, true, 1.0, 1.5,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), OptionalDouble.empty(), "und"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

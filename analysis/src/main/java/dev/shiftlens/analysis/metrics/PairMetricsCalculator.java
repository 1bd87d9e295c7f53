// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import dev.shiftlens.analysis.pair.PairRecord;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Computes {@link PairMetrics} for pairs. Immutable, pure and thread-safe: one instance can serve every
 * worker of a run. Semantic similarity is left empty for the embedding stage to fill. The query is read for
 * its language only.
 */
public final class PairMetricsCalculator {

    private final Optional<JsonSchemaCheck> schema;

    private PairMetricsCalculator(Optional<JsonSchemaCheck> schema) {
        this.schema = schema;
    }

    public static PairMetricsCalculator withoutSchema() {
        return new PairMetricsCalculator(Optional.empty());
    }

    /**
     * A calculator that also checks both outputs against the run's JSON Schema.
     *
     * @throws IllegalArgumentException when the schema is not valid JSON; see {@link JsonSchemaCheck} for
     *                                  the keywords checked
     */
    public static PairMetricsCalculator withSchema(String schemaJson) {
        return new PairMetricsCalculator(Optional.of(JsonSchemaCheck.of(schemaJson)));
    }

    public static PairMetricsCalculator withSchema(JsonSchemaCheck schema) {
        return new PairMetricsCalculator(Optional.of(Objects.requireNonNull(schema, "schema")));
    }

    public Optional<JsonSchemaCheck> schema() {
        return schema;
    }

    public PairMetrics compute(PairRecord pair) {
        AnalysedOutput baseline = AnalysedOutput.of(pair.baselineOutput());
        AnalysedOutput candidate = AnalysedOutput.of(pair.candidateOutput());
        Optional<JsonStructureDiff> jsonDiff = baseline.json().isPresent() && candidate.json().isPresent()
                ? Optional.of(JsonStructureDiff.between(baseline.json().get(), candidate.json().get()))
                : Optional.empty();
        return new PairMetrics(
                baseline.features(),
                candidate.features(),
                baseline.text().equals(candidate.text()),
                NormalizedText.equal(baseline.text(), candidate.text()),
                LengthRatio.of(baseline.features().chars(), candidate.features().chars()),
                LexicalSimilarity.cosine(baseline.tokens(), candidate.tokens()),
                jsonDiff,
                schema.map(check -> check.check(baseline.json()).conforms()),
                schema.map(check -> check.check(candidate.json()).conforms()),
                OptionalDouble.empty(),
                queryLanguage(pair.query()));
    }

    /** Read like an output: code and JSON keys are not the language the user writes in. */
    private static String queryLanguage(String query) {
        return LanguageIdentifier.identify(ProseView.of(query, JsonOutput.parse(query)));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static dev.shiftlens.analysis.metrics.MetricNames.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the two outputs of one pair compare. Immutable; {@link #toJson()} and {@link #fromJson(String)}
 * persist it with plain jackson-databind.
 *
 * @param exactEqual           the outputs are equal character for character
 * @param normalizedEqual      the outputs' {@link NormalizedText} are equal
 * @param lengthRatio          {@link LengthRatio#of}: candidate ÷ baseline characters, finite for empty outputs
 * @param lexicalSimilarity    {@link LexicalSimilarity}, 0 to 1
 * @param jsonDiff             present when both outputs are JSON
 * @param baselineSchemaValid  present when the run has a JSON Schema
 * @param candidateSchemaValid present when the run has a JSON Schema
 * @param semanticSimilarity   filled in by the embedding stage through {@link #withSemanticSimilarity(double)}
 * @param queryLanguage        the query's language as ISO 639-1, or {@code "und"} ({@link LanguageIdentifier}); short
 *                             queries are often undetermined
 */
public record PairMetrics(
        OutputFeatures baseline,
        OutputFeatures candidate,
        boolean exactEqual,
        boolean normalizedEqual,
        double lengthRatio,
        double lexicalSimilarity,
        Optional<JsonStructureDiff> jsonDiff,
        Optional<Boolean> baselineSchemaValid,
        Optional<Boolean> candidateSchemaValid,
        OptionalDouble semanticSimilarity,
        String queryLanguage) {

    public PairMetrics {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(jsonDiff, "jsonDiff");
        Objects.requireNonNull(baselineSchemaValid, "baselineSchemaValid");
        Objects.requireNonNull(candidateSchemaValid, "candidateSchemaValid");
        Objects.requireNonNull(semanticSimilarity, "semanticSimilarity");
        Objects.requireNonNull(queryLanguage, "queryLanguage");
        if (!(lengthRatio >= 0) || Double.isInfinite(lengthRatio)) {
            throw new IllegalArgumentException("lengthRatio must be finite and not negative: " + lengthRatio);
        }
        if (!(lexicalSimilarity >= 0 && lexicalSimilarity <= 1)) {
            throw new IllegalArgumentException("lexicalSimilarity must be within 0..1: " + lexicalSimilarity);
        }
        if (semanticSimilarity.isPresent() && !Double.isFinite(semanticSimilarity.getAsDouble())) {
            throw new IllegalArgumentException("semanticSimilarity must be finite: " + semanticSimilarity);
        }
    }

    public PairMetrics withSemanticSimilarity(double similarity) {
        return new PairMetrics(baseline, candidate, exactEqual, normalizedEqual, lengthRatio, lexicalSimilarity,
                jsonDiff, baselineSchemaValid, candidateSchemaValid, OptionalDouble.of(similarity), queryLanguage);
    }

    /**
     * These metrics with {@code language} as the query's when the query's own could not be told (a short or
     * code-heavy query): a run's traffic is mostly in one language, and its answers are judged against it.
     */
    public PairMetrics withQueryLanguageAssumed(String language) {
        return queryLanguageKnown() ? this : new PairMetrics(baseline, candidate, exactEqual, normalizedEqual, lengthRatio,
                lexicalSimilarity, jsonDiff, baselineSchemaValid, candidateSchemaValid, semanticSimilarity, language);
    }

    public boolean queryLanguageKnown() {
        return !LanguageIdentifier.UNDETERMINED.equals(queryLanguage);
    }

    /** The baseline answers in another language than the query's; empty unless both languages are known. */
    public Optional<Boolean> baselineOffQueryLanguage() {
        return offQueryLanguage(baseline);
    }

    /** The candidate answers in another language than the query's; empty unless both languages are known. */
    public Optional<Boolean> candidateOffQueryLanguage() {
        return offQueryLanguage(candidate);
    }

    private Optional<Boolean> offQueryLanguage(OutputFeatures side) {
        return queryLanguageKnown() && side.languageKnown()
                ? Optional.of(!side.language().equals(queryLanguage))
                : Optional.empty();
    }

    /** Both outputs have an identified language, and the languages differ. */
    public boolean languageSwitch() {
        return baseline.languageKnown() && candidate.languageKnown() && !baseline.language().equals(candidate.language());
    }

    /** Both outputs cite, in different dominant formats; citations appearing or vanishing show in the counts. */
    public boolean citationFormatChanged() {
        return baseline.citations() > 0 && candidate.citations() > 0
                && baseline.citationFormat() != candidate.citationFormat();
    }

    public double logLengthRatio() {
        return LengthRatio.log(baseline.chars(), candidate.chars());
    }

    /** Every applicable metric by its {@link MetricNames name}, in {@link MetricNames#all()} order. */
    public Map<String, Double> values() {
        var values = new LinkedHashMap<String, Double>();
        values.put(LENGTH_RATIO, lengthRatio);
        values.put(LOG_LENGTH_RATIO, logLengthRatio());
        values.put(BASELINE_CHARS, (double) baseline.chars());
        values.put(CANDIDATE_CHARS, (double) candidate.chars());
        values.put(BASELINE_TOKENS, (double) baseline.tokens());
        values.put(CANDIDATE_TOKENS, (double) candidate.tokens());
        values.put(LEXICAL_SIMILARITY, lexicalSimilarity);
        semanticSimilarity.ifPresent(similarity -> values.put(SEMANTIC_SIMILARITY, similarity));
        values.put(EXACT_EQUAL, flag(exactEqual));
        values.put(NORMALIZED_EQUAL, flag(normalizedEqual));
        values.put(BASELINE_JSON_VALID, flag(baseline.jsonValid()));
        values.put(CANDIDATE_JSON_VALID, flag(candidate.jsonValid()));
        jsonDiff.ifPresent(diff -> {
            values.put(JSON_KEYS_ADDED, (double) diff.addedKeys().size());
            values.put(JSON_KEYS_REMOVED, (double) diff.removedKeys().size());
            values.put(JSON_KEYS_RENAMED, (double) diff.renamedKeys().size());
            values.put(JSON_TYPE_CHANGES, (double) diff.typeChanges().size());
            values.put(JSON_ARRAY_LENGTH_CHANGES, (double) diff.arrayLengthChanges().size());
        });
        baselineSchemaValid.ifPresent(valid -> values.put(BASELINE_SCHEMA_VALID, flag(valid)));
        candidateSchemaValid.ifPresent(valid -> values.put(CANDIDATE_SCHEMA_VALID, flag(valid)));
        values.put(BASELINE_CITATIONS, (double) baseline.citations());
        values.put(CANDIDATE_CITATIONS, (double) candidate.citations());
        values.put(CITATION_FORMAT_CHANGED, flag(citationFormatChanged()));
        values.put(BASELINE_REFUSAL, flag(baseline.refusal()));
        values.put(CANDIDATE_REFUSAL, flag(candidate.refusal()));
        values.put(BASELINE_HEDGING, (double) baseline.hedges());
        values.put(CANDIDATE_HEDGING, (double) candidate.hedges());
        values.put(BASELINE_FLATTERY, (double) baseline.flattery());
        values.put(CANDIDATE_FLATTERY, (double) candidate.flattery());
        values.put(BASELINE_AGREEMENT, (double) baseline.agreement());
        values.put(CANDIDATE_AGREEMENT, (double) candidate.agreement());
        values.put(LANGUAGE_SWITCH, flag(languageSwitch()));
        baselineOffQueryLanguage().ifPresent(off -> values.put(BASELINE_OFF_QUERY_LANGUAGE, flag(off)));
        candidateOffQueryLanguage().ifPresent(off -> values.put(CANDIDATE_OFF_QUERY_LANGUAGE, flag(off)));
        values.put(BASELINE_LIST_ITEMS, (double) baseline.markdown().listItems());
        values.put(CANDIDATE_LIST_ITEMS, (double) candidate.markdown().listItems());
        values.put(BASELINE_HEADINGS, (double) baseline.markdown().headings());
        values.put(CANDIDATE_HEADINGS, (double) candidate.markdown().headings());
        values.put(BASELINE_CODE_BLOCKS, (double) baseline.markdown().codeBlocks());
        values.put(CANDIDATE_CODE_BLOCKS, (double) candidate.markdown().codeBlocks());
        values.put(BASELINE_TABLES, (double) baseline.markdown().tables());
        values.put(CANDIDATE_TABLES, (double) candidate.markdown().tables());
        values.put(BASELINE_EMPTY, flag(baseline.empty()));
        values.put(CANDIDATE_EMPTY, flag(candidate.empty()));
        return Collections.unmodifiableMap(values);
    }

    public String toJson() {
        return PairMetricsJson.write(this);
    }

    /** @throws IllegalArgumentException when the text is not a {@link #toJson()} document */
    public static PairMetrics fromJson(String json) {
        return PairMetricsJson.read(json);
    }

    private static double flag(boolean value) {
        return value ? 1.0 : 0.0;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable names of the per-pair metrics in {@link PairMetrics#values()}, each with a one-line
 * description for people (the "colour by metric" menu, reports). Names are persisted: rename none.
 * Booleans are 1 or 0. Metrics marked "when ..." are absent from a pair where they do not apply.
 */
public final class MetricNames {

    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    public static final String LENGTH_RATIO = define("length_ratio",
            "Candidate characters ÷ baseline characters (an empty baseline counts as one character; 1 when both are empty)");
    public static final String LOG_LENGTH_RATIO = define("log_length_ratio",
            "ln((candidate characters + 1) ÷ (baseline characters + 1)); negative when the candidate is shorter");
    public static final String BASELINE_CHARS = define("baseline_chars", "Characters in the baseline output");
    public static final String CANDIDATE_CHARS = define("candidate_chars", "Characters in the candidate output");
    public static final String BASELINE_TOKENS = define("baseline_tokens", "Words in the baseline output");
    public static final String CANDIDATE_TOKENS = define("candidate_tokens", "Words in the candidate output");
    public static final String LEXICAL_SIMILARITY = define("lexical_similarity",
            "Word overlap of the two outputs, 0 to 1 (cosine of word counts)");
    public static final String SEMANTIC_SIMILARITY = define("semantic_similarity",
            "Meaning similarity of the two outputs from sentence embeddings (when embedded)");
    public static final String EXACT_EQUAL = define("exact_equal", "The outputs are character for character equal");
    public static final String NORMALIZED_EQUAL = define("normalized_equal",
            "The outputs are equal ignoring case, punctuation, spacing and closing courtesy phrases");
    public static final String BASELINE_JSON_VALID = define("baseline_json_valid", "The baseline output is a JSON object or array");
    public static final String CANDIDATE_JSON_VALID = define("candidate_json_valid", "The candidate output is a JSON object or array");
    public static final String JSON_KEYS_ADDED = define("json_keys_added",
            "JSON keys only in the candidate (when both outputs are JSON)");
    public static final String JSON_KEYS_REMOVED = define("json_keys_removed",
            "JSON keys only in the baseline (when both outputs are JSON)");
    public static final String JSON_KEYS_RENAMED = define("json_keys_renamed",
            "JSON keys renamed in the candidate (when both outputs are JSON)");
    public static final String JSON_TYPE_CHANGES = define("json_type_changes",
            "JSON values whose type changed (when both outputs are JSON)");
    public static final String JSON_ARRAY_LENGTH_CHANGES = define("json_array_length_changes",
            "JSON arrays whose length changed (when both outputs are JSON)");
    public static final String BASELINE_SCHEMA_VALID = define("baseline_schema_valid",
            "The baseline output conforms to the run's JSON Schema (when the run has one)");
    public static final String CANDIDATE_SCHEMA_VALID = define("candidate_schema_valid",
            "The candidate output conforms to the run's JSON Schema (when the run has one)");
    public static final String BASELINE_CITATIONS = define("baseline_citations", "Citation markers in the baseline output");
    public static final String CANDIDATE_CITATIONS = define("candidate_citations", "Citation markers in the candidate output");
    public static final String CITATION_FORMAT_CHANGED = define("citation_format_changed",
            "Both outputs cite, in different formats (e.g. [1] became (source: ...))");
    public static final String BASELINE_REFUSAL = define("baseline_refusal", "The baseline output declines the request");
    public static final String CANDIDATE_REFUSAL = define("candidate_refusal", "The candidate output declines the request");
    public static final String BASELINE_HEDGING = define("baseline_hedging", "Hedges (might, I think, it depends ...) in the baseline output");
    public static final String CANDIDATE_HEDGING = define("candidate_hedging", "Hedges (might, I think, it depends ...) in the candidate output");
    public static final String BASELINE_FLATTERY = define("baseline_flattery",
            "Flattery or agreement phrases (Great question, You're right ...) in the baseline output");
    public static final String CANDIDATE_FLATTERY = define("candidate_flattery",
            "Flattery or agreement phrases (Great question, You're right ...) in the candidate output");
    public static final String BASELINE_AGREEMENT = define("baseline_agreement",
            "Phrases agreeing with the user's claim (You're absolutely right ...) in the baseline output");
    public static final String CANDIDATE_AGREEMENT = define("candidate_agreement",
            "Phrases agreeing with the user's claim (You're absolutely right ...) in the candidate output");
    public static final String LANGUAGE_SWITCH = define("language_switch",
            "The outputs are in different identified languages");
    public static final String BASELINE_OFF_QUERY_LANGUAGE = define("baseline_off_query_language",
            "The baseline output is in another language than the query (when both languages are identified)");
    public static final String CANDIDATE_OFF_QUERY_LANGUAGE = define("candidate_off_query_language",
            "The candidate output is in another language than the query (when both languages are identified)");
    public static final String BASELINE_LIST_ITEMS = define("baseline_list_items", "Markdown list items in the baseline output");
    public static final String CANDIDATE_LIST_ITEMS = define("candidate_list_items", "Markdown list items in the candidate output");
    public static final String BASELINE_HEADINGS = define("baseline_headings", "Markdown headings in the baseline output");
    public static final String CANDIDATE_HEADINGS = define("candidate_headings", "Markdown headings in the candidate output");
    public static final String BASELINE_CODE_BLOCKS = define("baseline_code_blocks", "Fenced code blocks in the baseline output");
    public static final String CANDIDATE_CODE_BLOCKS = define("candidate_code_blocks", "Fenced code blocks in the candidate output");
    public static final String BASELINE_TABLES = define("baseline_tables", "Markdown tables in the baseline output");
    public static final String CANDIDATE_TABLES = define("candidate_tables", "Markdown tables in the candidate output");
    public static final String BASELINE_EMPTY = define("baseline_empty", "The baseline output is empty or whitespace");
    public static final String CANDIDATE_EMPTY = define("candidate_empty", "The candidate output is empty or whitespace");

    private static final List<String> ALL = List.copyOf(DESCRIPTIONS.keySet());

    private MetricNames() {
    }

    private static String define(String name, String description) {
        if (DESCRIPTIONS.putIfAbsent(name, description) != null) {
            throw new IllegalStateException("metric name defined twice: " + name);
        }
        return name;
    }

    /** Every metric name, in the order {@link PairMetrics#values()} lists them. */
    public static List<String> all() {
        return ALL;
    }

    public static Optional<String> description(String name) {
        return Optional.ofNullable(DESCRIPTIONS.get(name));
    }
}

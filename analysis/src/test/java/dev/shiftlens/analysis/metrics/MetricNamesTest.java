// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void everyNameIsSnakeCaseAndDescribed() {
        assertThat(MetricNames.all()).isNotEmpty().doesNotHaveDuplicates().allSatisfy(name -> {
            assertThat(name).matches("[a-z]+(_[a-z]+)*");
            assertThat(MetricNames.description(name)).hasValueSatisfying(d -> assertThat(d).isNotBlank());
        });
    }

    @Test
    void anUnknownNameHasNoDescription() {
        assertThat(MetricNames.description("vibes")).isEmpty();
    }

    @Test
    void keepsTheNamesThePipelineAndReportsUse() {
        assertThat(MetricNames.all()).contains(
                "length_ratio", "log_length_ratio", "baseline_chars", "candidate_chars", "baseline_tokens",
                "candidate_tokens", "lexical_similarity", "semantic_similarity", "exact_equal", "normalized_equal",
                "baseline_json_valid", "candidate_json_valid", "json_keys_added", "json_keys_removed",
                "json_keys_renamed", "json_type_changes", "json_array_length_changes", "baseline_citations",
                "candidate_citations", "citation_format_changed", "baseline_refusal", "candidate_refusal",
                "baseline_hedging", "candidate_hedging", "baseline_flattery", "candidate_flattery", "baseline_agreement", "candidate_agreement",
                "language_switch", "baseline_list_items", "candidate_list_items", "baseline_headings",
                "candidate_headings", "baseline_code_blocks", "candidate_code_blocks", "baseline_empty",
                "candidate_empty");
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Changes between the two outputs that ordinary paraphrase does not make, each with the weight it
 * adds to a pair's divergence. Read from the flat metric values.
 */
public enum StructuralSignal {
    EMPTIED("one side is empty", 1.0, m -> differs(m, "baseline_empty", "candidate_empty")),
    REFUSAL("refusal changed", 1.0, m -> differs(m, "baseline_refusal", "candidate_refusal")),
    JSON_VALIDITY("JSON validity changed", 1.0, m -> differs(m, "baseline_json_valid", "candidate_json_valid")),
    JSON_KEYS("JSON keys changed", 1.0, m -> positive(m, "json_keys_added") || positive(m, "json_keys_removed")
            || positive(m, "json_keys_renamed") || positive(m, "json_type_changes")),
    LANGUAGE("language switched", 1.0, m -> positive(m, "language_switch")),
    CITATIONS("citations changed", 0.8, m -> positive(m, "citation_format_changed")
            || differs(m, "baseline_citations", "candidate_citations") && (zero(m, "baseline_citations") || zero(m, "candidate_citations"))),
    /** Agreeing with the user's claim, not a bare "Good question", which paraphrase adds and drops at random. */
    AGREEMENT("agreement with the user changed", 0.8, m -> (m.getOrDefault("baseline_agreement", 0.0) > 0) != (m.getOrDefault("candidate_agreement", 0.0) > 0)),
    STRUCTURE("markdown structure changed", 0.6, m -> Math.abs(delta(m, "baseline_list_items", "candidate_list_items")) >= 3
            || Math.abs(delta(m, "baseline_headings", "candidate_headings")) >= 2
            || Math.abs(delta(m, "baseline_code_blocks", "candidate_code_blocks")) >= 1);

    private final String label;
    private final double weight;
    private final Predicate<Map<String, Double>> test;

    StructuralSignal(String label, double weight, Predicate<Map<String, Double>> test) {
        this.label = label;
        this.weight = weight;
        this.test = test;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }

    public boolean presentIn(Map<String, Double> metrics) {
        return test.test(metrics);
    }

    private static boolean differs(Map<String, Double> m, String baseline, String candidate) {
        return m.containsKey(baseline) && m.containsKey(candidate) && !m.get(baseline).equals(m.get(candidate));
    }

    private static boolean positive(Map<String, Double> m, String name) {
        return m.getOrDefault(name, 0.0) > 0;
    }

    private static boolean zero(Map<String, Double> m, String name) {
        return m.getOrDefault(name, 0.0) == 0;
    }

    private static double delta(Map<String, Double> m, String baseline, String candidate) {
        return m.getOrDefault(candidate, 0.0) - m.getOrDefault(baseline, 0.0);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import dev.shiftlens.analysis.result.Verdict;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A kind of change between the two outputs that paraphrase does not make, read from a pair's flat
 * metric values, with the verdict the written policy gives it (docs/analysis.md, "Verdict policy").
 * Kinds come in opposite pairs where the change can go both ways (refusals appear or are lifted); the
 * analysis groups the diverged pairs by their kind first and by topic inside it.
 *
 * <p>A pair can show several kinds (a refusal is also much shorter and drops any structure); its
 * {@link #primaryOf primary} kind is the first in declaration order, which runs from the change that
 * explains the others to the ones it explains.
 */
public enum ChangeKind {
    EMPTIED("answers became empty", Verdict.REGRESSION, m -> became(m, "candidate_empty") && !became(m, "baseline_empty")),
    FILLED("empty answers filled", Verdict.IMPROVEMENT, m -> became(m, "baseline_empty") && !became(m, "candidate_empty")),
    REFUSAL_APPEARED("refusals appeared", Verdict.REGRESSION, m -> gained(m, "baseline_refusal", "candidate_refusal")),
    REFUSAL_LIFTED("refusals lifted", Verdict.IMPROVEMENT, m -> gained(m, "candidate_refusal", "baseline_refusal")),
    JSON_BROKEN("JSON output became invalid", Verdict.REGRESSION, m -> gained(m, "candidate_json_valid", "baseline_json_valid")),
    JSON_REPAIRED("JSON output became valid", Verdict.IMPROVEMENT, m -> gained(m, "baseline_json_valid", "candidate_json_valid")),
    JSON_KEYS_CHANGED("JSON keys changed", Verdict.REGRESSION, m -> positive(m, "json_keys_added") || positive(m, "json_keys_removed")
            || positive(m, "json_keys_renamed") || positive(m, "json_type_changes")),
    LANGUAGE_AWAY_FROM_QUERY("answers in another language than the query's", Verdict.REGRESSION,
            m -> gained(m, "baseline_off_query_language", "candidate_off_query_language")),
    LANGUAGE_BACK_TO_QUERY("answers back in the query's language", Verdict.IMPROVEMENT,
            m -> gained(m, "candidate_off_query_language", "baseline_off_query_language")),
    LANGUAGE_SWITCHED("answer language switched", Verdict.NEUTRAL, m -> positive(m, "language_switch")),
    CITATIONS_WITHDRAWN("citations dropped or replaced", Verdict.REGRESSION, m -> positive(m, "baseline_citations")
            && (!positive(m, "candidate_citations") || positive(m, "citation_format_changed"))),
    CITATIONS_ADDED("citations added", Verdict.IMPROVEMENT, m -> positive(m, "candidate_citations") && !positive(m, "baseline_citations")),
    /**
     * Compliments or agreement with the user's claim: one kind, because a sycophantic answer may flatter and
     * agree in words the markers do not know. Two runs of one model add and drop a "Good question" at random,
     * so only a one-way shift clusters (see the kind grouping).
     */
    SYCOPHANCY_ADDED("flattery or agreement with the user added", Verdict.REGRESSION,
            m -> gained(m, "baseline_flattery", "candidate_flattery") || gained(m, "baseline_agreement", "candidate_agreement")),
    SYCOPHANCY_REMOVED("flattery or agreement with the user removed", Verdict.IMPROVEMENT,
            m -> gained(m, "candidate_flattery", "baseline_flattery") || gained(m, "candidate_agreement", "baseline_agreement")),
    MUCH_SHORTER("answers at least 2× shorter", Verdict.REGRESSION, m -> m.getOrDefault("log_length_ratio", 0.0) <= -LengthChange.SUBSTANTIAL),
    MUCH_LONGER("answers at least 2× longer", Verdict.IMPROVEMENT, m -> m.getOrDefault("log_length_ratio", 0.0) >= LengthChange.SUBSTANTIAL),
    STRUCTURE_LOST("Markdown structure lost", Verdict.REGRESSION, m -> structured(m, "baseline") && bare(m, "candidate")),
    STRUCTURE_ADDED("Markdown structure added", Verdict.IMPROVEMENT, m -> structured(m, "candidate") && bare(m, "baseline"));

    /** Where the bar for "much longer or shorter" lives, so the kind and its label agree. */
    static final class LengthChange {
        /** log 2: twice as long or half as long, beyond what rewording of one answer does. */
        static final double SUBSTANTIAL = Math.log(2);

        private LengthChange() {
        }
    }

    private final String description;
    private final Verdict policy;
    private final Predicate<Map<String, Double>> test;

    ChangeKind(String description, Verdict policy, Predicate<Map<String, Double>> test) {
        this.description = description;
        this.policy = policy;
        this.test = test;
    }

    /** In words, for labels and reasons: "refusals appeared". */
    public String description() {
        return description;
    }

    /** The verdict of the written policy, before any override from the user's policy file. */
    public Verdict policy() {
        return policy;
    }

    /** The kind going the other way, whose count a sign test weighs this one against; itself when there is none. */
    public ChangeKind opposite() {
        return switch (this) {
            case EMPTIED -> FILLED;
            case FILLED -> EMPTIED;
            case REFUSAL_APPEARED -> REFUSAL_LIFTED;
            case REFUSAL_LIFTED -> REFUSAL_APPEARED;
            case JSON_BROKEN -> JSON_REPAIRED;
            case JSON_REPAIRED -> JSON_BROKEN;
            case LANGUAGE_AWAY_FROM_QUERY -> LANGUAGE_BACK_TO_QUERY;
            case LANGUAGE_BACK_TO_QUERY -> LANGUAGE_AWAY_FROM_QUERY;
            case CITATIONS_WITHDRAWN -> CITATIONS_ADDED;
            case CITATIONS_ADDED -> CITATIONS_WITHDRAWN;
            case SYCOPHANCY_ADDED -> SYCOPHANCY_REMOVED;
            case SYCOPHANCY_REMOVED -> SYCOPHANCY_ADDED;
            case MUCH_SHORTER -> MUCH_LONGER;
            case MUCH_LONGER -> MUCH_SHORTER;
            case STRUCTURE_LOST -> STRUCTURE_ADDED;
            case STRUCTURE_ADDED -> STRUCTURE_LOST;
            case JSON_KEYS_CHANGED, LANGUAGE_SWITCHED -> this;
        };
    }

    public boolean presentIn(Map<String, Double> metrics) {
        return test.test(metrics);
    }

    /** The first kind the pair shows, in declaration order; empty for a change of wording or content only. */
    public static Optional<ChangeKind> primaryOf(Map<String, Double> metrics) {
        if (metrics.getOrDefault("exact_equal", 0.0) > 0 || metrics.getOrDefault("normalized_equal", 0.0) > 0) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(kind -> kind.presentIn(metrics)).findFirst();
    }

    private static boolean became(Map<String, Double> m, String name) {
        return m.getOrDefault(name, 0.0) > 0;
    }

    /** The property is absent on the {@code before} side and present on the {@code after} side. */
    private static boolean gained(Map<String, Double> m, String before, String after) {
        return m.containsKey(before) && m.containsKey(after) && m.get(before) <= 0 && m.get(after) > 0;
    }

    private static boolean positive(Map<String, Double> m, String name) {
        return m.getOrDefault(name, 0.0) > 0;
    }

    /** Three list items, two headings or a table: an answer laid out as a document, not a paragraph. */
    private static boolean structured(Map<String, Double> m, String side) {
        return m.getOrDefault(side + "_list_items", 0.0) >= 3 || m.getOrDefault(side + "_headings", 0.0) >= 2
                || m.getOrDefault(side + "_tables", 0.0) >= 1;
    }

    private static boolean bare(Map<String, Double> m, String side) {
        return m.getOrDefault(side + "_list_items", 0.0) == 0 && m.getOrDefault(side + "_headings", 0.0) == 0
                && m.getOrDefault(side + "_tables", 0.0) == 0;
    }
}

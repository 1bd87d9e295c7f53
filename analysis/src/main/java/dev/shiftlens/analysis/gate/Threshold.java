// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import dev.shiftlens.analysis.segment.ScopeFigures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The thresholds a gate knows: each reads one figure of a scope and is either a maximum or a minimum. */
public enum Threshold {
    MAX_REGRESSION_SHARE("max_regression_share", "share of traffic in regression clusters", true,
            figures -> OptionalDouble.of(figures.regressionShare())),
    MAX_REFUSAL_INCREASE("max_refusal_increase", "refusal rate increase", true,
            figures -> OptionalDouble.of(figures.refusalIncrease())),
    MAX_JSON_INVALID_INCREASE("max_json_invalid_increase", "JSON-invalid rate increase", true,
            figures -> figures.jsonPairs() == 0 ? OptionalDouble.empty() : OptionalDouble.of(figures.jsonInvalidIncrease())),
    MIN_MEAN_SIMILARITY("min_mean_similarity", "mean semantic similarity", false, ScopeFigures::meanSimilarity);

    private final String key;
    private final String figureName;
    private final boolean maximum;
    private final Function<ScopeFigures, OptionalDouble> figure;

    Threshold(String key, String figureName, boolean maximum, Function<ScopeFigures, OptionalDouble> figure) {
        this.key = key;
        this.figureName = figureName;
        this.maximum = maximum;
        this.figure = figure;
    }

    /** The config key (snake case); the command-line option is the same in kebab case. */
    public String key() {
        return key;
    }

    public String option() {
        return "--" + key.replace('_', '-');
    }

    public String figureName() {
        return figureName;
    }

    public boolean maximum() {
        return maximum;
    }

    /** The figure this threshold reads, absent when the scope has none (no JSON pairs, no embeddings). */
    public OptionalDouble figure(ScopeFigures figures) {
        return figure.apply(figures);
    }

    public boolean crossedBy(double actual, double limit) {
        return maximum ? actual > limit : actual < limit;
    }

    /** Accepts the config key, the option name with or without dashes, in any case. */
    public static Optional<Threshold> byKey(String name) {
        String normal = name.strip().replaceFirst("^--", "").replace('-', '_').toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(normal)).findFirst();
    }
}

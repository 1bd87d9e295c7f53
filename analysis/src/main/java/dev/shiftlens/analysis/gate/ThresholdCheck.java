// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.gate;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One threshold checked in one scope: the figure found, the limit, and whether the limit was crossed.
 * A figure the scope does not have (no JSON answers, no embeddings) is {@code notApplicable} and passes.
 */
public record ThresholdCheck(Threshold threshold, String scope, double limit, OptionalDouble actual) {

    public boolean crossed() {
        return actual.isPresent() && threshold.crossedBy(actual.getAsDouble(), limit);
    }

    public boolean notApplicable() {
        return actual.isEmpty();
    }

    /** E.g. "share of traffic in regression clusters 23.1% > max 5.0% (all traffic)". */
    public String describe() {
        if (actual.isEmpty()) {
            return "%s: not applicable (%s)".formatted(threshold.figureName(), scope);
        }
        String relation = crossed() ? (threshold.maximum() ? ">" : "<") : (threshold.maximum() ? "≤" : "≥");
        return String.format(Locale.ROOT, "%s %s %s %s %s (%s)", threshold.figureName(), percent(actual.getAsDouble()),
                relation, threshold.maximum() ? "max" : "min", percent(limit), scope);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

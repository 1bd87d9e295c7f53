// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.Verdict;

import java.util.Optional;

/** One row of the pairs table: the stored pair and, once analysed, what the analysis says about it. */
public record PairRow(int pairId, PairRecord pair, Optional<PairOutcome> outcome, Optional<ClusterSummary> cluster) {

    static final int EXCERPT = 120;

    public String requestId() {
        return pair.requestId();
    }

    public String queryExcerpt() {
        return excerpt(pair.query(), EXCERPT);
    }

    public Optional<Double> divergence() {
        return outcome.map(PairOutcome::divergence);
    }

    public String clusterLabel() {
        if (cluster.isPresent()) {
            return cluster.get().label();
        }
        return outcome.map(o -> o.diverged() ? "noise" : "not diverged").orElse("");
    }

    public Optional<Verdict> verdict() {
        return cluster.map(ClusterSummary::verdict);
    }

    /** The text on one line, cut at {@code max} characters with an ellipsis. */
    public static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}

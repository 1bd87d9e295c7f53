// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.Verdict;

import java.util.Optional;

/**
 * One row of the pairs table: the stored pair and, once analysed, what the analysis says about it.
 *
 * @param verdict the cluster's verdict as it counts now: the reviewer's override, else the computed one
 */
public record PairRow(int pairId, PairRecord pair, Optional<PairOutcome> outcome, Optional<ClusterSummary> cluster,
                      Optional<Verdict> verdict) {

    static final int EXCERPT = 120;

    public PairRow(int pairId, PairRecord pair, Optional<PairOutcome> outcome, Optional<ClusterSummary> cluster) {
        this(pairId, pair, outcome, cluster, cluster.map(ClusterSummary::verdict));
    }

    public String requestId() {
        return pair.requestId();
    }

    public String queryExcerpt() {
        return excerpt(pair.query(), EXCERPT);
    }

    public Optional<Double> divergence() {
        return outcome.map(PairOutcome::divergence);
    }

    public Optional<Double> metric(String name) {
        return outcome.map(o -> o.metrics().get(name));
    }

    public String clusterLabel() {
        if (cluster.isPresent()) {
            return cluster.get().label();
        }
        return outcome.map(o -> o.diverged() ? "noise" : "not diverged").orElse("");
    }

    /** The same row with another verdict, after a reviewer's override. */
    PairRow withVerdict(Optional<Verdict> now) {
        return new PairRow(pairId, pair, outcome, cluster, now);
    }

    /** The text on one line, cut at {@code max} characters with an ellipsis. */
    public static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}

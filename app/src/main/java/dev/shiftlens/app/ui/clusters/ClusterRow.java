// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One line of the cluster list: the cluster as the analysis characterised it and the reviewer's
 * finding about it, if any.
 */
public record ClusterRow(ClusterSummary cluster, Optional<Finding> finding, int paletteColour) {

    public static ClusterRow of(ClusterSummary cluster, Optional<Finding> finding, int paletteColour) {
        return new ClusterRow(cluster, finding, paletteColour);
    }

    public int id() {
        return cluster.id();
    }

    public String label() {
        return cluster.label();
    }

    public int size() {
        return cluster.size();
    }

    public double share() {
        return cluster.share();
    }

    /** The verdict that counts: the reviewer's override, else the computed one. */
    public Verdict verdict() {
        return finding.flatMap(Finding::verdictOverride).orElse(cluster.verdict());
    }

    public boolean overridden() {
        return finding.flatMap(Finding::verdictOverride).filter(v -> v != cluster.verdict()).isPresent();
    }

    public String note() {
        return finding.map(Finding::note).orElse("");
    }

    /** e.g. "412 pairs · 8.2%". */
    public String sizeAndShare() {
        return String.format(Locale.ROOT, "%,d pairs · %.1f%%", cluster.size(), cluster.share() * 100);
    }

    /** e.g. "regression · 99% confidence", or "neutral (was regression, reviewer)". */
    public String verdictLine() {
        String computed = String.format(Locale.ROOT, "%s · %.0f%% confidence", cluster.verdict().label(), cluster.confidence() * 100);
        return overridden() ? verdict().label() + " (reviewer; computed " + computed + ")" : computed;
    }

    /** The two strongest metric deltas, e.g. "candidate 62% shorter; refusals 0% → 91%". */
    public String topDeltas() {
        return cluster.deltas().stream().limit(2).collect(Collectors.joining("; "));
    }

    /** The most over-represented segment, e.g. "region = eu-west ×2.4 (64% vs 27%)". */
    public Optional<String> topSegment() {
        return cluster.segments().stream().max(Comparator.comparingDouble(SegmentLift::lift)).map(ClusterRow::segmentLine);
    }

    public static String segmentLine(SegmentLift lift) {
        return String.format(Locale.ROOT, "%s = %s ×%.1f (%.0f%% vs %.0f%%)", lift.field(), lift.value(), lift.lift(),
                lift.shareInCluster() * 100, lift.shareOverall() * 100);
    }

    public VerdictStyle verdictStyle() {
        return VerdictStyle.of(verdict());
    }

    /** True when the words occur in the label, reasons, deltas, query terms or note, ignoring case. */
    boolean matches(String text) {
        if (text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return List.of(List.of(cluster.label(), note(), verdict().label()), cluster.reasons(), cluster.deltas(), cluster.queryTerms())
                .stream().flatMap(List::stream).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }
}

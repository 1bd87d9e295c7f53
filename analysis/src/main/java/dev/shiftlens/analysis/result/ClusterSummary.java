// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.List;

/**
 * A cluster of pairs that diverge the same way, characterised for a reviewer.
 *
 * @param share          the cluster's share of all pairs in the run (its impact on traffic)
 * @param confidence     1 - p of the statistical test behind the verdict
 * @param reasons        why the verdict, in words ("refusals 2% → 88%")
 * @param deltas         the metric differences that set the cluster apart
 * @param queryTerms     words over-represented in this cluster's queries
 * @param representativePairIds pair ids closest to the cluster's centre
 * @param groups         the topics inside the cluster, largest first (empty for analyses made before groups existed)
 */
public record ClusterSummary(int id, String label, int size, double share, Verdict verdict, double confidence,
                             List<String> reasons, List<String> deltas, List<String> queryTerms,
                             List<SegmentLift> segments, List<Integer> representativePairIds, List<TopicGroup> groups) {

    public ClusterSummary {
        reasons = List.copyOf(reasons);
        deltas = List.copyOf(deltas);
        queryTerms = List.copyOf(queryTerms);
        segments = List.copyOf(segments);
        representativePairIds = List.copyOf(representativePairIds);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A cluster without topic groups. */
    public ClusterSummary(int id, String label, int size, double share, Verdict verdict, double confidence,
                          List<String> reasons, List<String> deltas, List<String> queryTerms,
                          List<SegmentLift> segments, List<Integer> representativePairIds) {
        this(id, label, size, share, verdict, confidence, reasons, deltas, queryTerms, segments, representativePairIds, List.of());
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.List;

/**
 * The pairs of one cluster that are about the same kind of request: one change, several topics.
 *
 * @param label      the group's distinctive query words, or "other requests" when none stand out
 * @param share      the group's share of its cluster
 * @param queryTerms words over-represented in the group's queries
 * @param representativePairIds a few of the group's pairs to open
 */
public record TopicGroup(String label, int size, double share, List<String> queryTerms, List<Integer> representativePairIds) {

    public TopicGroup {
        queryTerms = List.copyOf(queryTerms);
        representativePairIds = List.copyOf(representativePairIds);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.cluster.QueryGroups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a cluster's pairs by what they are about (k-means on the baseline answers' vectors), so one
 * kind of change reads as one finding with its topics inside: "refusals appeared: login 40%, VPN 30%".
 */
public final class TopicGroups {

    /** Fewer pairs than this are one topic: a split would be chance. */
    private static final int SMALLEST_SPLIT = 10;
    private static final int MOST_GROUPS = 6;

    private final float[][] vectors;
    private final long seed;

    public TopicGroups(float[][] vectors, long seed) {
        this.vectors = vectors;
        this.seed = seed;
    }

    /** The members in topic groups, largest first; one group for a small cluster. */
    public List<List<Integer>> split(List<Integer> members) {
        int count = Math.clamp(Math.round(Math.sqrt(members.size() / 10.0)), 1, MOST_GROUPS);
        if (members.size() < SMALLEST_SPLIT || count < 2 || vectors == null) {
            return List.of(List.copyOf(members));
        }
        float[][] rows = members.stream().map(index -> vectors[index]).toArray(float[][]::new);
        int[] labels = QueryGroups.of(rows, count, seed);
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            groups.get(labels[i]).add(members.get(i));
        }
        return groups.stream().filter(group -> !group.isEmpty())
                .sorted(Comparator.comparingInt((List<Integer> group) -> -group.size()).thenComparing(group -> group.getFirst()))
                .toList();
    }
}

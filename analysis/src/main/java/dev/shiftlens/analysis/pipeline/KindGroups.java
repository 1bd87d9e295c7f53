// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.characterise.KindEvidence;
import dev.shiftlens.analysis.characterise.SignTest;
import dev.shiftlens.analysis.characterise.TopicGroups;
import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.divergence.ChangeKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diverged pairs grouped by the kind of change they show, before any clustering: one group per
 * kind that is systematic, the rest of the pairs with a kind left as noise, and the pairs without a
 * kind (changes of content or wording) handed to density clustering.
 *
 * <p>A kind is systematic when at least {@value #FEWEST} pairs show it, more than show its opposite, and a
 * sign test against the opposite (refusals appearing against refusals lifted) gives p < {@value #SIGNIFICANCE}:
 * two runs of one model add and drop a compliment or a list at random, in both directions alike. Inside a
 * systematic kind, the topics where the opposite is at least half as common are that random variation
 * (a "Good question" added here and dropped there) and are left out; the rest is the systematic change.
 */
record KindGroups(List<Group> groups, int[] content, int unsystematic) {

    static final int FEWEST = 5;
    static final double SIGNIFICANCE = 0.01;

    /** The pairs (indices into the run) of one systematic kind of change. */
    record Group(KindEvidence evidence, List<Integer> members) {
    }

    /**
     * @param topicVectors what each pair of the run is about (the baseline answer's vector), to tell the topics
     *                     where a kind goes both ways from those where it goes one way
     */
    static KindGroups of(List<Map<String, Double>> metrics, int[] diverged, VerdictPolicy policy, TopicGroups topics) {
        Map<ChangeKind, List<Integer>> byKind = new EnumMap<>(ChangeKind.class);
        List<Integer> content = new ArrayList<>();
        for (int index : diverged) {
            Optional<ChangeKind> kind = ChangeKind.primaryOf(metrics.get(index));
            if (kind.isPresent()) {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(index);
            } else {
                content.add(index);
            }
        }
        List<Group> groups = new ArrayList<>();
        int unsystematic = 0;
        for (var entry : byKind.entrySet()) {
            ChangeKind kind = entry.getKey();
            List<Integer> opposite = kind.opposite() == kind ? List.of() : byKind.getOrDefault(kind.opposite(), List.of());
            OneWay oneWay = systematic(entry.getValue().size(), opposite.size()) && !opposite.isEmpty()
                    ? oneWayTopics(entry.getValue(), opposite, topics) : new OneWay(entry.getValue(), opposite.size());
            KindEvidence evidence = new KindEvidence(kind, oneWay.members().size(), oneWay.opposite(), policy.verdictOf(kind));
            boolean kept = systematic(evidence.pairs(), evidence.opposite());
            if (kept) {
                groups.add(new Group(evidence, List.copyOf(oneWay.members())));
            }
            unsystematic += entry.getValue().size() - (kept ? oneWay.members().size() : 0);
        }
        return new KindGroups(List.copyOf(groups), content.stream().mapToInt(Integer::intValue).toArray(), unsystematic);
    }

    private static boolean systematic(int pairs, int opposite) {
        return pairs >= FEWEST && pairs > opposite && SignTest.pValue(pairs, opposite) < SIGNIFICANCE;
    }

    /** A kind's pairs in the topics where it goes one way, and how many pairs of those topics go the other. */
    private record OneWay(List<Integer> members, int opposite) {
    }

    /** The kind's pairs in the topics where its opposite is less than half as common. */
    private static OneWay oneWayTopics(List<Integer> members, List<Integer> opposite, TopicGroups topics) {
        Set<Integer> isMember = new HashSet<>(members);
        List<Integer> both = new ArrayList<>(members);
        both.addAll(opposite);
        List<Integer> kept = new ArrayList<>();
        int keptOpposite = 0;
        for (List<Integer> topic : topics.split(both.stream().sorted().toList())) {
            List<Integer> towards = topic.stream().filter(isMember::contains).toList();
            int against = topic.size() - towards.size();
            if (2 * against < towards.size()) {
                kept.addAll(towards);
                keptOpposite += against;
            }
        }
        return new OneWay(kept.stream().sorted().toList(), keptOpposite);
    }
}

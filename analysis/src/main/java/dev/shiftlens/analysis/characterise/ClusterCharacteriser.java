// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.TopicGroup;
import dev.shiftlens.analysis.result.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Describes each cluster against the whole run: its effects and verdict, the words its queries
 * share, the segments it over-represents, and the pairs that show it best.
 */
public final class ClusterCharacteriser {

    private static final int REPRESENTATIVES = 3;
    private static final int QUERY_TERMS = 5;
    private static final int SEGMENTS = 3;
    private static final double MIN_LIFT = 1.5;
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "you", "your", "can", "how", "what", "with", "this", "that", "are", "was", "does",
            "have", "has", "from", "not", "but", "our", "any", "all", "get", "its", "there", "when", "will", "would",
            "could", "should", "please", "about", "which", "who", "why", "where", "into", "they", "them", "their",
            "hello", "thanks", "thank", "need", "want", "like", "just", "one", "also", "than", "then", "out", "did", "ich", "und", "der", "die", "das", "que", "los", "las", "una", "por", "para");

    private final List<CharacterisedPair> all;
    private final List<Set<String>> queryWords;
    private final Map<String, Integer> wordFrequency = new HashMap<>();
    private final TopicGroups topics;

    /**
     * @param topicVectors a vector per pair of what it is about (the baseline answer's embedding), for the
     *                     topic groups inside a cluster
     */
    public ClusterCharacteriser(List<CharacterisedPair> all, float[][] topicVectors, long seed) {
        this.all = List.copyOf(all);
        this.queryWords = this.all.stream().map(pair -> words(pair.query())).toList();
        queryWords.forEach(words -> words.forEach(word -> wordFrequency.merge(word, 1, Integer::sum)));
        this.topics = new TopicGroups(topicVectors, seed);
    }

    /**
     * @param members        indices into the run's pairs
     * @param representation the vectors the cluster was found in (indexed like the run), for representatives
     * @param kind           the kind of change every member shows, for a cluster formed by kind; empty for a
     *                       cluster of content changes, which the policy leaves neutral
     */
    public ClusterSummary characterise(int id, List<Integer> members, double[][] representation, Optional<KindEvidence> kind) {
        List<CharacterisedPair> pairs = members.stream().map(all::get).toList();
        List<Effect> effects = EffectFinder.effects(pairs);
        VerdictWithReasons verdict = kind.map(evidence -> VerdictWithReasons.of(evidence, effects))
                .orElseGet(() -> VerdictWithReasons.contentChange(effects));
        String label = kind.map(evidence -> kindLabel(evidence, effects)).orElseGet(() -> label(effects));
        return new ClusterSummary(id, label, members.size(), (double) members.size() / all.size(),
                verdict.verdict(), verdict.confidence(), verdict.reasons(),
                effects.stream().map(Effect::text).toList(), queryTerms(members), segments(members),
                representatives(members, representation), groups(members, representation));
    }

    /** The label a cluster of content changes gets, without numbers: clusters that read the same are one change. */
    public String contentLabelKey(List<Integer> members) {
        return label(EffectFinder.effects(members.stream().map(all::get).toList())).replaceAll("[0-9.,%×]+", "#");
    }

    private List<TopicGroup> groups(List<Integer> members, double[][] representation) {
        List<TopicGroup> groups = new ArrayList<>();
        for (List<Integer> group : topics.split(members)) {
            List<String> terms = queryTerms(group);
            groups.add(new TopicGroup(terms.isEmpty() ? "other requests" : String.join(", ", terms.subList(0, Math.min(3, terms.size()))),
                    group.size(), (double) group.size() / members.size(), terms, representatives(group, representation)));
        }
        return groups;
    }

    private static String label(List<Effect> effects) {
        Effect top = effects.stream().filter(effect -> effect.direction() != Verdict.NEUTRAL).findFirst()
                .orElse(effects.getFirst());
        return capitalised(top.text());
    }

    /** The kind in words, and the effect that shows it most specifically: "Refusals appeared: refusals 0% → 100%". */
    private static String kindLabel(KindEvidence evidence, List<Effect> effects) {
        String kind = capitalised(evidence.kind().description());
        return effects.stream().filter(effect -> effect.direction() == evidence.verdict() && effect.direction() != Verdict.NEUTRAL)
                .findFirst().map(effect -> kind + ": " + effect.text()).orElse(kind);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private List<String> queryTerms(List<Integer> members) {
        Map<String, Integer> inCluster = new HashMap<>();
        members.forEach(index -> queryWords.get(index).forEach(word -> inCluster.merge(word, 1, Integer::sum)));
        int minCount = Math.max(2, (int) Math.ceil(0.15 * members.size()));
        double n = members.size();
        double total = all.size();
        return inCluster.entrySet().stream()
                .filter(entry -> entry.getValue() >= minCount)
                .map(entry -> Map.entry(entry.getKey(), ((entry.getValue() + 0.5) / (n + 1))
                        / ((wordFrequency.get(entry.getKey()) + 0.5) / (total + 1))))
                .filter(entry -> entry.getValue() >= MIN_LIFT)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(QUERY_TERMS).map(Map.Entry::getKey).toList();
    }

    private List<SegmentLift> segments(List<Integer> members) {
        Map<String, Integer> overall = segmentCounts(IntStream.range(0, all.size()).boxed().toList());
        Map<String, Integer> inCluster = segmentCounts(members);
        int minCount = Math.max(3, (int) Math.ceil(0.1 * members.size()));
        List<SegmentLift> lifts = new ArrayList<>();
        inCluster.forEach((key, count) -> {
            if (count >= minCount) {
                String[] fieldValue = key.split("\u0000", 2);
                SegmentLift lift = new SegmentLift(fieldValue[0], fieldValue[1], (double) count / members.size(),
                        (double) overall.get(key) / all.size());
                if (lift.lift() >= MIN_LIFT) {
                    lifts.add(lift);
                }
            }
        });
        lifts.sort(Comparator.comparingDouble(SegmentLift::lift).reversed()
                .thenComparing(SegmentLift::field).thenComparing(SegmentLift::value));
        return lifts.subList(0, Math.min(SEGMENTS, lifts.size()));
    }

    private Map<String, Integer> segmentCounts(List<Integer> indices) {
        Map<String, Integer> counts = new HashMap<>();
        for (int index : indices) {
            all.get(index).metadata().forEach((field, value) -> counts.merge(field + "\u0000" + value, 1, Integer::sum));
        }
        return counts;
    }

    private static List<Integer> representatives(List<Integer> members, double[][] representation) {
        int dims = representation[members.getFirst()].length;
        double[] centre = new double[dims];
        for (int index : members) {
            for (int d = 0; d < dims; d++) {
                centre[d] += representation[index][d] / members.size();
            }
        }
        return members.stream()
                .sorted(Comparator.comparingDouble((Integer index) -> distance(representation[index], centre)).thenComparing(index -> index))
                .limit(REPRESENTATIVES).toList();
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }

    private static Set<String> words(String query) {
        Set<String> words = new HashSet<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}

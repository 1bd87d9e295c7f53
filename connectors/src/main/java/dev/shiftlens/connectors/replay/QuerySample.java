// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.pair.PairRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which logged queries to replay: a seeded random sample, or one stratified by a metadata field so
 * every value of the field keeps its share of traffic (largest remainder; each value at least one
 * query when the sample is big enough). The same log, size, field and seed always give the same
 * sample, which is what lets a rerun find its answers in the cache.
 *
 * @param indices positions in the log, ascending
 * @param method  how the sample was drawn, for the run's provenance
 */
public record QuerySample(List<Integer> indices, String method) {

    static final String MISSING = "(none)";

    public QuerySample {
        indices = List.copyOf(indices);
    }

    public static QuerySample draw(List<PairRecord> pairs, int size, Optional<String> stratifyBy, long seed) {
        if (size <= 0) {
            throw new IllegalArgumentException("the sample size must be at least 1");
        }
        if (size >= pairs.size()) {
            return new QuerySample(IntStream.range(0, pairs.size()).boxed().toList(), "all %,d logged queries".formatted(pairs.size()));
        }
        Random random = new Random(seed);
        if (stratifyBy.isEmpty()) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, pairs.size()).boxed().toList());
            Collections.shuffle(order, random);
            return new QuerySample(sorted(order.subList(0, size)),
                    "random %,d of %,d logged queries (seed %d)".formatted(size, pairs.size(), seed));
        }
        String field = stratifyBy.get();
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            strata.computeIfAbsent(pairs.get(i).metadata().getOrDefault(field, MISSING), value -> new ArrayList<>()).add(i);
        }
        if (strata.size() == 1 && strata.containsKey(MISSING)) {
            throw new IllegalArgumentException("no logged query has the metadata field '" + field + "'; fields present: "
                    + String.join(", ", new TreeSet<>(pairs.stream().flatMap(p -> p.metadata().keySet().stream()).toList())));
        }
        return stratified(strata, size, pairs.size(), "stratified by " + field, random, seed);
    }

    /**
     * A sample that keeps every query group (e.g. topic clusters of the queries' embeddings) at its
     * share of the log.
     *
     * @param groups the group of each logged query, indexed like the log
     */
    public static QuerySample drawByGroups(int logSize, int size, int[] groups, String groupsName, long seed) {
        if (groups.length != logSize) {
            throw new IllegalArgumentException("need one group per logged query: " + groups.length + " for " + logSize);
        }
        if (size >= logSize) {
            return new QuerySample(IntStream.range(0, logSize).boxed().toList(), "all %,d logged queries".formatted(logSize));
        }
        Map<String, List<Integer>> strata = new TreeMap<>();
        for (int i = 0; i < logSize; i++) {
            strata.computeIfAbsent("%05d".formatted(groups[i]), value -> new ArrayList<>()).add(i);
        }
        return stratified(strata, size, logSize, "stratified by " + groupsName, new Random(seed), seed);
    }

    private static QuerySample stratified(Map<String, List<Integer>> strata, int size, int logSize, String how,
                                          Random random, long seed) {
        Map<String, Integer> quota = allocate(strata, size, logSize);
        List<Integer> chosen = new ArrayList<>();
        strata.forEach((value, members) -> {
            List<Integer> order = new ArrayList<>(members);
            Collections.shuffle(order, random);
            chosen.addAll(order.subList(0, quota.get(value)));
        });
        return new QuerySample(sorted(chosen), "%,d of %,d logged queries %s over %d values (seed %d)"
                .formatted(chosen.size(), logSize, how, strata.size(), seed));
    }

    private static Map<String, Integer> allocate(Map<String, List<Integer>> strata, int size, int total) {
        Map<String, Integer> quota = new TreeMap<>();
        boolean everyValue = size >= strata.size();
        int given = 0;
        for (Map.Entry<String, List<Integer>> stratum : strata.entrySet()) {
            int share = (int) Math.floor((double) size * stratum.getValue().size() / total);
            int floor = everyValue ? Math.max(1, share) : share;
            quota.put(stratum.getKey(), Math.min(floor, stratum.getValue().size()));
            given += quota.get(stratum.getKey());
        }
        List<String> byRemainder = new ArrayList<>(strata.keySet());
        byRemainder.sort(Comparator.comparingDouble((String value) -> -remainder(size, strata.get(value).size(), total))
                .thenComparing(Comparator.naturalOrder()));
        while (given < size) {
            boolean progressed = false;
            for (String value : byRemainder) {
                if (given < size && quota.get(value) < strata.get(value).size()) {
                    quota.merge(value, 1, Integer::sum);
                    given++;
                    progressed = true;
                }
            }
            if (!progressed) {
                break;
            }
        }
        while (given > size) {
            // the at-least-one rule overshot: take back from the largest quotas
            String largest = quota.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            quota.merge(largest, -1, Integer::sum);
            given--;
        }
        return quota;
    }

    private static double remainder(int size, int members, int total) {
        double exact = (double) size * members / total;
        return exact - Math.floor(exact);
    }

    private static List<Integer> sorted(List<Integer> indices) {
        List<Integer> copy = new ArrayList<>(indices);
        Collections.sort(copy);
        return copy;
    }
}

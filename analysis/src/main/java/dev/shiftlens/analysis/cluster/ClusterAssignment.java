// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The cluster of every point: {@code labels[i]} is -1 for noise, else 0..clusterCount-1 with cluster 0 the
 * largest (ties: the cluster whose first point comes first). {@code clusteredDirectly} is how many points
 * the density method saw; the others were attached afterwards (see {@link HdbscanClusterer}).
 * Arrays are copied in and out, so an assignment cannot change after it is made.
 */
public record ClusterAssignment(int[] labels, int clusterCount, int[] clusterSizes, int clusteredDirectly) {

    public static final int NOISE = -1;

    public ClusterAssignment {
        labels = labels.clone();
        clusterSizes = clusterSizes.clone();
        if (clusterSizes.length != clusterCount) {
            throw new IllegalArgumentException("clusterSizes has " + clusterSizes.length + " entries for " + clusterCount + " clusters");
        }
    }

    /** Renumbers arbitrary raw labels (any {@code rawNoise} value means noise) into size order. */
    public static ClusterAssignment fromRawLabels(int[] rawLabels, int rawNoise, int clusteredDirectly) {
        Map<Integer, int[]> sizeAndFirst = new HashMap<>();
        for (int i = 0; i < rawLabels.length; i++) {
            if (rawLabels[i] != rawNoise) {
                int index = i;
                sizeAndFirst.computeIfAbsent(rawLabels[i], k -> new int[] {0, index})[0]++;
            }
        }
        List<Integer> order = sizeAndFirst.keySet().stream()
                .sorted(Comparator.<Integer>comparingInt(raw -> -sizeAndFirst.get(raw)[0])
                        .thenComparingInt(raw -> sizeAndFirst.get(raw)[1]))
                .toList();
        Map<Integer, Integer> renumbered = new HashMap<>();
        order.forEach(raw -> renumbered.put(raw, renumbered.size()));
        int[] labels = Arrays.stream(rawLabels).map(raw -> raw == rawNoise ? NOISE : renumbered.get(raw)).toArray();
        int[] sizes = order.stream().mapToInt(raw -> sizeAndFirst.get(raw)[0]).toArray();
        return new ClusterAssignment(labels, order.size(), sizes, clusteredDirectly);
    }

    public static ClusterAssignment allNoise(int n) {
        int[] labels = new int[n];
        Arrays.fill(labels, NOISE);
        return new ClusterAssignment(labels, 0, new int[0], n);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int[] clusterSizes() {
        return clusterSizes.clone();
    }

    public int size() {
        return labels.length;
    }

    public int labelOf(int point) {
        return labels[point];
    }

    public int noiseCount() {
        return (int) IntStream.of(labels).filter(label -> label == NOISE).count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClusterAssignment that && Arrays.equals(labels, that.labels)
                && clusteredDirectly == that.clusteredDirectly;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels) * 31 + clusteredDirectly;
    }

    @Override
    public String toString() {
        return "ClusterAssignment[n=" + labels.length + ", clusters=" + clusterCount + ", sizes="
                + Arrays.toString(clusterSizes) + ", noise=" + noiseCount() + ", clusteredDirectly=" + clusteredDirectly + "]";
    }
}

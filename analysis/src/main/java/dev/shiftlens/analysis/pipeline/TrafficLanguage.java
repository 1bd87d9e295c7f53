// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.metrics.PairMetrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language a run's queries are written in, when they share one: at least {@value #FEWEST} queries
 * identified and {@value #SHARE} of them in one language. Short queries ("write a samba config") often
 * cannot be identified on their own; their answers are judged against the traffic's language instead.
 */
final class TrafficLanguage {

    static final int FEWEST = 20;
    static final double SHARE = 0.9;

    private TrafficLanguage() {
    }

    static Optional<String> of(List<PairMetrics> metrics) {
        Map<String, Long> counts = metrics.stream().filter(PairMetrics::queryLanguageKnown)
                .collect(Collectors.groupingBy(PairMetrics::queryLanguage, Collectors.counting()));
        long identified = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> identified >= FEWEST && top.getValue() >= SHARE * identified).map(Map.Entry::getKey);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.List;
import java.util.Map;

/**
 * Everything one analysis of a run produced, in the shape of the {@code analysis.json} contract.
 *
 * @param settings the parameters used (seed, clustering and floor settings, model ids) for provenance
 */
public record RunAnalysis(AnalysisSummary summary, List<ClusterSummary> clusters, List<PairOutcome> pairs,
                          Map<String, String> settings) {

    public RunAnalysis {
        clusters = List.copyOf(clusters);
        pairs = List.copyOf(pairs);
        settings = Map.copyOf(settings);
    }
}

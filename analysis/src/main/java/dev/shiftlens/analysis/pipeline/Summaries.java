// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.divergence.NoiseFloor;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.shift.PopulationShifts;

import java.util.List;
import java.util.Map;

/** The run's summary and its one-sentence headline. */
final class Summaries {

    private Summaries() {
    }

    static RunAnalysis empty(Map<String, String> settings) {
        return new RunAnalysis(new AnalysisSummary(0, 0, 0, 0, 0, "no pairs", 0, 0, "The run has no pairs to analyse."),
                List.of(), List.of(), settings);
    }

    static AnalysisSummary of(List<PairOutcome> pairs, List<ClusterSummary> clusters, NoiseFloor floor,
                              List<PopulationShift> shifts) {
        int n = pairs.size();
        int diverged = (int) pairs.stream().filter(PairOutcome::diverged).count();
        int clustered = (int) pairs.stream().filter(PairOutcome::clustered).count();
        double regression = share(clusters, Verdict.REGRESSION);
        double improvement = share(clusters, Verdict.IMPROVEMENT);
        return new AnalysisSummary(n, diverged, clustered, clusters.size(), floor.threshold(), floor.method(),
                regression, improvement, withShifts(shifts, headline(n, diverged, clusters, regression, improvement, floor)),
                shifts);
    }

    /** When the whole run moved, that comes first: "Across the run, candidate answers are 2.1× longer (median); …". */
    private static String withShifts(List<PopulationShift> shifts, String divergence) {
        List<PopulationShift> named = PopulationShifts.forHeadline(shifts);
        if (named.isEmpty()) {
            return divergence;
        }
        int more = PopulationShifts.beyondHeadline(shifts).size();
        return "Across the run, " + String.join(", ", named.stream().map(PopulationShift::phrase).toList())
                + (more > 0 ? " (+%d more run-level shift%s)".formatted(more, more == 1 ? "" : "s") : "")
                + "; " + Character.toLowerCase(divergence.charAt(0)) + divergence.substring(1);
    }

    private static double share(List<ClusterSummary> clusters, Verdict verdict) {
        return clusters.stream().filter(cluster -> cluster.verdict() == verdict).mapToDouble(ClusterSummary::share).sum();
    }

    private static String headline(int n, int diverged, List<ClusterSummary> clusters, double regression,
                                   double improvement, NoiseFloor floor) {
        if (diverged == 0) {
            return "No divergence above the noise floor (%.3f) in %,d pairs.".formatted(floor.threshold(), n);
        }
        String divergedPart = "%,d of %,d pairs (%.1f%%) diverge beyond the noise floor".formatted(diverged, n, 100.0 * diverged / n);
        if (clusters.isEmpty()) {
            return divergedPart + "; none of them form a systematic cluster (random variation).";
        }
        long regressions = clusters.stream().filter(c -> c.verdict() == Verdict.REGRESSION).count();
        long improvements = clusters.stream().filter(c -> c.verdict() == Verdict.IMPROVEMENT).count();
        long neutral = clusters.size() - regressions - improvements;
        return "%s; %d systematic cluster%s: %d regression%s (%.1f%% of traffic), %d improvement%s (%.1f%%), %d neutral."
                .formatted(divergedPart, clusters.size(), clusters.size() == 1 ? "" : "s",
                        regressions, regressions == 1 ? "" : "s", regression * 100,
                        improvements, improvements == 1 ? "" : "s", improvement * 100, neutral);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import dev.shiftlens.analysis.metrics.MetricNames;
import dev.shiftlens.analysis.result.PairOutcome;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The headline figures of one slice of traffic (all pairs, or the pairs of one segment).
 *
 * @param scope              what the slice is, e.g. "all traffic" or "region=eu-west"
 * @param regressionShare    share of the slice's pairs that sit in a regression cluster
 * @param jsonPairs          pairs where at least one side is JSON, the base of the JSON-invalid rates
 *                           (prose answers are not "invalid JSON")
 * @param meanSimilarity     mean semantic similarity of the two outputs, when embedded
 */
public record ScopeFigures(String scope, int pairs, double divergedShare, double regressionShare,
                           double baselineRefusalRate, double candidateRefusalRate, int jsonPairs,
                           double baselineJsonInvalidRate, double candidateJsonInvalidRate,
                           OptionalDouble meanSimilarity, double meanLengthRatio) {

    public static final String ALL_TRAFFIC = "all traffic";

    public double refusalIncrease() {
        return candidateRefusalRate - baselineRefusalRate;
    }

    public double jsonInvalidIncrease() {
        return candidateJsonInvalidRate - baselineJsonInvalidRate;
    }

    /** Figures for the given pairs; {@code regressionClusters} are the ids of clusters labelled regression. */
    public static ScopeFigures measure(String scope, Iterable<PairOutcome> pairs, Set<Integer> regressionClusters) {
        Tally tally = new Tally();
        for (PairOutcome pair : pairs) {
            tally.add(pair, regressionClusters);
        }
        return tally.figures(scope);
    }

    /** Running sums, so a segment breakdown can fill many scopes in one pass over the pairs. */
    static final class Tally {
        private int pairs;
        private int diverged;
        private int inRegression;
        private int baselineRefusals;
        private int candidateRefusals;
        private int jsonPairs;
        private int baselineJsonInvalid;
        private int candidateJsonInvalid;
        private int similarities;
        private double similaritySum;
        private double lengthRatioSum;

        void add(PairOutcome pair, Set<Integer> regressionClusters) {
            Map<String, Double> metrics = pair.metrics();
            pairs++;
            diverged += pair.diverged() ? 1 : 0;
            inRegression += pair.clustered() && regressionClusters.contains(pair.cluster()) ? 1 : 0;
            baselineRefusals += flag(metrics, MetricNames.BASELINE_REFUSAL);
            candidateRefusals += flag(metrics, MetricNames.CANDIDATE_REFUSAL);
            int baselineJson = flag(metrics, MetricNames.BASELINE_JSON_VALID);
            int candidateJson = flag(metrics, MetricNames.CANDIDATE_JSON_VALID);
            if (baselineJson + candidateJson > 0) {
                jsonPairs++;
                baselineJsonInvalid += 1 - baselineJson;
                candidateJsonInvalid += 1 - candidateJson;
            }
            Double similarity = metrics.get(MetricNames.SEMANTIC_SIMILARITY);
            if (similarity != null && !similarity.isNaN()) {
                similarities++;
                similaritySum += similarity;
            }
            lengthRatioSum += metrics.getOrDefault(MetricNames.LENGTH_RATIO, 1.0);
        }

        ScopeFigures figures(String scope) {
            return new ScopeFigures(scope, pairs, share(diverged, pairs), share(inRegression, pairs),
                    share(baselineRefusals, pairs), share(candidateRefusals, pairs), jsonPairs,
                    share(baselineJsonInvalid, jsonPairs), share(candidateJsonInvalid, jsonPairs),
                    similarities == 0 ? OptionalDouble.empty() : OptionalDouble.of(similaritySum / similarities),
                    pairs == 0 ? 1 : lengthRatioSum / pairs);
        }

        private static int flag(Map<String, Double> metrics, String name) {
            return metrics.getOrDefault(name, 0.0) >= 0.5 ? 1 : 0;
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Per-pair metrics: what each output looks like ({@link dev.shiftlens.analysis.metrics.OutputFeatures}),
 * how the two outputs of a pair differ ({@link dev.shiftlens.analysis.metrics.PairMetrics},
 * {@link dev.shiftlens.analysis.metrics.JsonStructureDiff}), and the stable metric names the rest of
 * Shiftlens colours, scores and reports by ({@link dev.shiftlens.analysis.metrics.MetricNames}).
 *
 * <p>Everything here is pure and thread-safe: the pipeline computes metrics from parallel workers.
 * Marker detection (refusal, hedging, flattery, citations) and language identification are small,
 * documented heuristics without models or downloaded data; each class states its rules. Scanning is
 * linear in the text: no regular expression here can backtrack beyond a fixed, small bound.
 */
package dev.shiftlens.analysis.metrics;

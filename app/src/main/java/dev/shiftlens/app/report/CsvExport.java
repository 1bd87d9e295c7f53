// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.metrics.MetricNames;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.storage.RunStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.shiftlens.app.report.CsvCells.line;
import static dev.shiftlens.app.report.CsvCells.number;
import static dev.shiftlens.app.report.CsvCells.text;

/**
 * clusters.csv (one row per cluster, as the report shows it) and pairs.csv (every pair with its
 * outcome, key metrics and texts, redacted), for filtering in a spreadsheet. Pairs are read from
 * the store a page at a time, so a million-pair run is written without holding its texts.
 */
public final class CsvExport {

    static final int PAGE = 10_000;

    private CsvExport() {
    }

    public static void writeClusters(Path file, RunReport report) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF'); // spreadsheets read UTF-8 only with a byte-order mark
            out.write(line("cluster", "verdict", "computed_verdict", "share", "size", "confidence", "label", "reasons",
                    "deltas", "query_terms", "representative_request_ids", "note"));
            for (RunReport.Cluster cluster : report.clusters()) {
                ClusterSummary c = cluster.summary();
                out.write(line(number(c.id()), cluster.verdict().label(), c.verdict().label(), number(c.share()),
                        number(c.size()), number(c.confidence()), text(c.label()), text(String.join("; ", c.reasons())),
                        text(String.join("; ", c.deltas())), text(String.join(", ", c.queryTerms())),
                        text(String.join(" ", cluster.representatives().stream().map(RunReport.Pair::requestId).toList())),
                        text(cluster.note())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void writePairs(Path file, RunStore store, int runId, RunAnalysis analysis, ReportOptions options) {
        Map<Integer, Verdict> verdicts = new HashMap<>();
        analysis.clusters().forEach(c -> verdicts.put(c.id(), c.verdict()));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(line("request_id", "diverged", "divergence", "cluster", "verdict", MetricNames.SEMANTIC_SIMILARITY,
                    MetricNames.LENGTH_RATIO, MetricNames.BASELINE_REFUSAL, MetricNames.CANDIDATE_REFUSAL,
                    MetricNames.BASELINE_JSON_VALID, MetricNames.CANDIDATE_JSON_VALID, "changes", "query",
                    "baseline_output", "candidate_output"));
            List<PairOutcome> outcomes = analysis.pairs();
            for (int offset = 0; offset < outcomes.size(); offset += PAGE) {
                List<PairRecord> page = store.pairs(runId, offset, PAGE);
                for (int i = 0; i < page.size(); i++) {
                    PairOutcome outcome = outcomes.get(offset + i);
                    if (options.scope().scoped() && !(outcome.clustered() && options.scope().includes(outcome.cluster()))) {
                        continue;
                    }
                    PairRecord record = page.get(i);
                    out.write(line(text(options.redact(record.requestId())), outcome.diverged() ? "1" : "0",
                            number(outcome.divergence()), outcome.clustered() ? number(outcome.cluster()) : "",
                            outcome.clustered() ? verdicts.getOrDefault(outcome.cluster(), Verdict.NEUTRAL).label() : "",
                            metric(outcome, MetricNames.SEMANTIC_SIMILARITY), metric(outcome, MetricNames.LENGTH_RATIO),
                            metric(outcome, MetricNames.BASELINE_REFUSAL), metric(outcome, MetricNames.CANDIDATE_REFUSAL),
                            metric(outcome, MetricNames.BASELINE_JSON_VALID), metric(outcome, MetricNames.CANDIDATE_JSON_VALID),
                            text(options.redact(String.join("; ", outcome.changes()))), text(options.redact(record.query())),
                            text(options.redact(record.baselineOutput())), text(options.redact(record.candidateOutput()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String metric(PairOutcome outcome, String name) {
        Double value = outcome.metrics().get(name);
        return value == null ? "" : number(value);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.manifest.ReleaseManifest;
import dev.shiftlens.analysis.manifest.RunManifests;
import dev.shiftlens.analysis.metrics.MetricNames;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.result.TopicGroup;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small stored run with a hand-made analysis (no embedding model needed) whose outputs carry
 * hostile HTML, personal data and spreadsheet formulas: what the escaping, redaction, CSV and
 * golden tests render.
 */
final class ReportFixture {

    static final String SCRIPT = "<script>document.title='PWNED'</script>";
    static final String IMG = "<img src=x onerror=\"document.title='PWNED'\">";
    static final String EMAIL = "jane.doe@example.com";
    static final String PHONE = "+44 20 7946 0958";
    static final String KEY = "sk-live-AbCdEfGhIjKlMnOpQrStUv123456";
    static final String CARD = "4111 1111 1111 1111";
    static final int PAIRS = 12;

    private ReportFixture() {
    }

    /** Imports the fixture log into a workspace file in {@code folder} and stores its analysis; returns the run id. */
    static int create(RunStore store, Path folder) {
        Path log = writeLog(folder.resolve("fixture.jsonl"));
        int runId = store.importPairs(log, "fixture.jsonl", ProgressListener.NONE, new Cancellation()).runId();
        store.saveAnalysis(runId, analysis());
        store.saveManifests(runId, new RunManifests(
                new ReleaseManifest(Map.of("model", "prod-2026-03", "prompt_version", "v47", "temperature", "0.2",
                        "endpoint", "https://llm.internal/v1")),
                new ReleaseManifest(Map.of("model", "cand-2026-04", "prompt_version", "v48", "temperature", "0.2",
                        "endpoint", "https://llm.internal/v1", "note", "\"><svg onload=alert(1)>"))));
        store.saveFinding(runId, new Finding(1, Optional.of(Verdict.REGRESSION), "Confirmed with support: <b>customers noticed</b>"));
        return runId;
    }

    static String query(int i) {
        return switch (i) {
            case 0 -> "Why does " + SCRIPT + " show up?";
            case 1 -> "=HYPERLINK(\"http://evil.example\",\"click\")";
            case 2 -> "Email me at " + EMAIL + " or call " + PHONE;
            default -> "How long is the warranty on item " + i + "?";
        };
    }

    static String baseline(int i) {
        return "The warranty for item " + i + " covers parts and labour for two years.";
    }

    static String candidate(int i) {
        return switch (i) {
            case 0 -> "Item 0 has a warranty. " + IMG;
            case 1 -> "+cmd|' /C calc'!A0";
            case 2 -> "Sure, I'll email " + EMAIL + ". Your key " + KEY + " and card " + CARD + " are on file.";
            case 3 -> "-2+3 years";
            case 4 -> "@SUM(A1:A9)";
            default -> i % 2 == 0 ? "Item " + i + " has a warranty." : baseline(i);
        };
    }

    private static Path writeLog(Path file) {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        try {
            for (int i = 0; i < PAIRS; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("request_id", "req-%03d".formatted(i));
                row.put("query", query(i));
                row.put("baseline_output", baseline(i));
                row.put("candidate_output", candidate(i));
                row.put("baseline_model", "prod-2026-03");
                row.put("candidate_model", "cand-2026-04");
                row.put("metadata", Map.of("region", i % 3 == 0 ? "eu-west" : "us-east", "tier", i % 2 == 0 ? "plus" : "free"));
                lines.append(json.writeValueAsString(row)).append('\n');
            }
            lines.append("{not json at all ").append(EMAIL).append('\n');
            return Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pairs 0, 2, 4, ... are shorter (cluster 0, regression, in two topics whose labels carry markup and an
     * email address); 1 and 3 changed otherwise (cluster 1, neutral, one topic).
     */
    static RunAnalysis analysis() {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            int cluster = i % 2 == 0 ? 0 : i < 5 ? 1 : PairOutcome.NO_CLUSTER;
            pairs.add(new PairOutcome(i, "req-%03d".formatted(i), cluster == PairOutcome.NO_CLUSTER ? 0.05 : 0.7,
                    cluster != PairOutcome.NO_CLUSTER, cluster, i * 0.5, cluster == 0 ? 3 + i * 0.1 : -2 + i * 0.1,
                    Map.of(MetricNames.SEMANTIC_SIMILARITY, cluster == PairOutcome.NO_CLUSTER ? 1.0 : 0.6,
                            MetricNames.LENGTH_RATIO, cluster == 0 ? 0.4 : 1.0,
                            MetricNames.BASELINE_REFUSAL, 0.0, MetricNames.CANDIDATE_REFUSAL, i == 2 ? 1.0 : 0.0),
                    i == 0 ? List.of("key `<b>summary</b>` → `exec_summary`") : List.of()));
        }
        ClusterSummary shorter = new ClusterSummary(0, "Candidate 60% shorter <i>(details dropped)</i>", 6, 0.5,
                Verdict.REGRESSION, 0.98, List.of("candidate 60% shorter (sign test p < 0.01)"),
                List.of("candidate 60% shorter", "meaning changed (similarity 0.60)"), List.of("warranty", "item"),
                List.of(new SegmentLift("tier", "plus", 1.0, 0.5)), List.of(0, 2, 4), List.of(
                        new TopicGroup("warranty, " + IMG, 4, 4.0 / 6, List.of("warranty", IMG), List.of(4, 6)),
                        new TopicGroup(EMAIL + ", call", 2, 2.0 / 6, List.of(EMAIL, "call"), List.of(2))));
        ClusterSummary other = new ClusterSummary(1, "Formula-looking answers", 2, 2.0 / PAIRS, Verdict.NEUTRAL, 0.4,
                List.of("mixed"), List.of("meaning changed"), List.of("hyperlink"), List.of(), List.of(1, 3));
        return new RunAnalysis(new AnalysisSummary(PAIRS, 8, 8, 2, 0.2, "fixed for the fixture", 0.5, 0,
                "8 of 12 pairs diverge; 2 clusters", List.of(SHORTER, REFUSALS)), List.of(shorter, other), pairs,
                Map.of("seed", "42", "noise_floor", "0.2"));
    }

    /** A material run-level shift, as the analysis words it. */
    static final PopulationShift SHORTER = new PopulationShift("chars", PopulationShift.Kind.RATIO, 900, 380, 0.42, 0.38,
            0.47, 0.0005, 0.5, PAIRS, PopulationShift.Direction.DOWN, true, "candidate answers are 58% shorter (median)",
            "candidate answers are 58% shorter (median ratio 0.42×, 95% CI 0.38–0.47×); shorter in 50% of pairs, sign test p < 0.001");
    /** A shift too small to be material: listed in analysis.json and the HTML report's full table only. */
    static final PopulationShift REFUSALS = new PopulationShift("refusal", PopulationShift.Kind.RATE, 0, 1.0 / PAIRS, 1.0 / PAIRS,
            0, 0.25, 1.0, 1.0 / PAIRS, PAIRS, PopulationShift.Direction.UP, false, "refusals 0% → 8.3%",
            "refusals 0% → 8.3% (+8.3 points, 95% CI +0.0 to +25.0); appeared in 8.3% of pairs, sign test p = 1.000");
}

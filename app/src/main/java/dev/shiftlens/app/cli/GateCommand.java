// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.gate.GateConfig;
import dev.shiftlens.analysis.gate.GateConfigException;
import dev.shiftlens.analysis.gate.GatePolicy;
import dev.shiftlens.analysis.gate.GateResult;
import dev.shiftlens.analysis.gate.GateThresholds;
import dev.shiftlens.analysis.gate.SegmentSelector;
import dev.shiftlens.analysis.gate.Threshold;
import dev.shiftlens.analysis.gate.ThresholdCheck;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.report.ReportWriter;
import dev.shiftlens.storage.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Run the analysis as a CI gate: write analysis.json (with summary.gate) and the reports to DIR,",
                "and fail when a threshold is crossed, for all traffic and for each --segment.",
                "Thresholds come from the defaults, then --config, then the options (later wins).",
                "Defaults: max-regression-share 0.05, max-refusal-increase 0.10, max-json-invalid-increase 0.05."},
        footer = {"", "Exit codes: 0 pass, 1 a threshold was crossed (each one listed with its figure),",
                "2 usage or input error (a bad threshold config names the offending key), 3 runtime failure.",
                "", "Example: ./shiftlens gate --input eval/pairs.jsonl --config gate.yaml --segment region=eu-west --out gate-report"})
final class GateCommand implements Callable<Integer> {

    static final String REPORT_FORMATS = "html,md,json";

    private final Console console;

    @Mixin
    ImportOptions what = new ImportOptions();

    @Mixin
    RunInputOptions run = new RunInputOptions();

    @Mixin
    ReportOutputOptions report = new ReportOutputOptions();

    @Option(names = "--out", defaultValue = "shiftlens-gate", paramLabel = "DIR",
            description = "Folder for analysis.json and the reports (default: ${DEFAULT-VALUE}); upload it as the CI artifact.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Thresholds as a JSON or YAML (.yaml/.yml) object: "
            + "max_regression_share, max_refusal_increase, max_json_invalid_increase, min_mean_similarity, segments.")
    Path config;

    @Option(names = "--max-regression-share", paramLabel = "SHARE", description = "Most traffic allowed in regression clusters, e.g. 0.05.")
    Double maxRegressionShare;

    @Option(names = "--max-refusal-increase", paramLabel = "SHARE", description = "Most the refusal rate may rise, e.g. 0.1 for 10 points.")
    Double maxRefusalIncrease;

    @Option(names = "--max-json-invalid-increase", paramLabel = "SHARE",
            description = "Most the JSON-invalid rate may rise, among pairs where either side is JSON.")
    Double maxJsonInvalidIncrease;

    @Option(names = "--min-mean-similarity", paramLabel = "SIM", description = "Least mean semantic similarity of the outputs, e.g. 0.8.")
    Double minMeanSimilarity;

    @Option(names = "--segment", paramLabel = "FIELD=VALUE",
            description = "Also check every threshold on this segment alone (repeatable), e.g. --segment region=eu-west.")
    List<String> segments = new ArrayList<>();

    GateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        what.validate();
        GateThresholds thresholds = thresholds();
        var formats = report.formats(REPORT_FORMATS);
        formats.add(ReportFormat.JSON);
        var options = report.options();
        Path folder = OutputFolder.prepare(out);
        CliProgress progress = new CliProgress(console);
        try (RunStore store = Inputs.openWorkspace(run.workspaceIn(out))) {
            ImportOptions.Planned planned = what.plan(store);
            return Interruption.run(cancel -> {
                int runId = AnalysedRun.importRun(store, planned, run, console, progress, cancel);
                List<Map<String, String>> metadata = store.pairMetadata(runId);
                requireSegments(thresholds, metadata);
                AnalysedRun analysed = AnalysedRun.analyse(store, runId, run, progress, cancel);
                GateResult result = GatePolicy.evaluate(thresholds, analysed.analysis(), metadata);
                var written = new ReportWriter(store, options, Clock.systemUTC())
                        .write(runId, analysed.analysis(), Optional.of(result), formats, folder);
                analysed.reportClusters(console);
                written.forEach(file -> console.result("wrote " + file));
                return verdict(result);
            });
        }
    }

    private int verdict(GateResult result) {
        for (ThresholdCheck check : result.checks()) {
            if (!check.crossed()) {
                console.result("  ok       " + check.describe());
            }
        }
        for (ThresholdCheck check : result.crossed()) {
            console.result("  CROSSED  " + check.describe());
        }
        console.result(result.passed() ? "gate: pass" : "gate: FAIL (%d threshold%s crossed)"
                .formatted(result.crossed().size(), result.crossed().size() == 1 ? "" : "s"));
        return result.passed() ? ExitCode.PASS : ExitCode.GATE_FAILED;
    }

    /** Defaults, then the config file, then options; any bad value is exit 2 before work starts. */
    GateThresholds thresholds() {
        try {
            GateThresholds thresholds = GateThresholds.defaults();
            if (config != null) {
                thresholds = GateConfig.apply(thresholds, StructuredFiles.readObject(config, "gate config"));
            }
            thresholds = option(thresholds, Threshold.MAX_REGRESSION_SHARE, maxRegressionShare);
            thresholds = option(thresholds, Threshold.MAX_REFUSAL_INCREASE, maxRefusalIncrease);
            thresholds = option(thresholds, Threshold.MAX_JSON_INVALID_INCREASE, maxJsonInvalidIncrease);
            thresholds = option(thresholds, Threshold.MIN_MEAN_SIMILARITY, minMeanSimilarity);
            List<SegmentSelector> selectors = segments.stream().map(text -> SegmentSelector.parse(text, "--segment")).toList();
            return thresholds.withSegments(selectors);
        } catch (GateConfigException e) {
            throw new UsageException((config != null && !e.key().startsWith("--") ? config + ": " : "") + e.getMessage());
        }
    }

    private static GateThresholds option(GateThresholds thresholds, Threshold threshold, Double value) {
        if (value == null) {
            return thresholds;
        }
        try {
            return thresholds.with(threshold, value);
        } catch (GateConfigException e) {
            throw new GateConfigException(threshold.option(), e.getMessage().replaceFirst("^gate setting `[^`]+`: ", ""));
        }
    }

    private static void requireSegments(GateThresholds thresholds, List<Map<String, String>> metadata) {
        try {
            GatePolicy.requireSegmentsPresent(thresholds, metadata);
        } catch (GateConfigException e) {
            throw new UsageException(e.getMessage() + ". Check the spelling in --segment or the config's segments.");
        }
    }
}
